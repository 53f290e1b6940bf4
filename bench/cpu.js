import fs from 'node:fs';

/** Linux clock ticks per second, as /proc reports CPU time in (USER_HZ, 100 on every mainstream kernel). */
const TICKS_PER_SECOND = 100;

function stat(pid) {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may contain spaces; fields are counted after it.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return {
      comm: text.slice(text.indexOf('(') + 1, text.lastIndexOf(')')),
      ppid: Number(fields[1]),
      ticks: Number(fields[11]) + Number(fields[12]),
    };
  } catch {
    return null;
  }
}

function allProcesses() {
  return fs
    .readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((pid) => ({ pid: Number(pid), ...stat(pid) }))
    .filter((p) => p.ticks !== undefined);
}

/** CPU milliseconds (user + system) used so far by a process and its children (the API's cluster workers). */
export function treeCpuMs(rootPid) {
  const processes = allProcesses();
  const inTree = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of processes) {
      if (!inTree.has(p.pid) && inTree.has(p.ppid)) {
        inTree.add(p.pid);
        grew = true;
      }
    }
  }
  const ticks = processes.filter((p) => inTree.has(p.pid)).reduce((sum, p) => sum + p.ticks, 0);
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** CPU milliseconds used so far by the local database server, or null when it is not on this machine. */
export function databaseCpuMs() {
  const server = allProcesses().find((p) => p.comm === 'mariadbd' || p.comm === 'mysqld');
  return server ? (server.ticks * 1000) / TICKS_PER_SECOND : null;
}
