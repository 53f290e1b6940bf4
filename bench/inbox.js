import { performance } from 'node:perf_hooks';
import { BenchClient } from './http-client.js';
import { summarise } from './stats.js';

const pad = (n, w = 2) => String(n).padStart(w, '0');
/** DATETIME(3) literal in UTC (the app's connection runs with timezone Z). */
function sqlTime(ms) {
  const d = new Date(ms);
  return `'${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(
    d.getUTCMinutes(),
  )}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}'`;
}

const INSTANCE_COLUMNS =
  '(id, definitionId, processKey, businessKey, businessType, status, initiatorUserId, initiatorStaffId, initiatorUnitId, variables, engineState, startedAt, endedAt, lockVersion)';
const TASK_COLUMNS =
  '(id, instanceId, executionId, elementId, name, stepKind, businessType, assigneeUserId, candidateRole, candidateScopeUnitId, assigneeLabel, status, dueAt, createdAt, completedAt, completedByUserId, outcome, comment)';

/**
 * Fills the inbox of one user: `open` open tasks (each on its own running instance) and up to
 * `completed` completed tasks (each on its own completed instance), with multi-row INSERTs through
 * the app's own pool, for at most `budgetMs`. Returns the counts actually inserted.
 */
export async function fillInbox(
  dataSource,
  {
    userId,
    initiatorUserId,
    definitionId,
    processKey,
    open = 500,
    completed = 1_000_000,
    batch = 2000,
    workers = 3,
    budgetMs = 240_000,
  },
) {
  const maxId = async (table) =>
    Number((await dataSource.query(`SELECT COALESCE(MAX(id), 0) AS m FROM ${table}`))[0].m);
  let nextInstanceId = (await maxId('wf_instance')) + 1;
  let nextTaskId = (await maxId('wf_task')) + 1;
  const base = Date.parse('2025-04-01T00:00:00Z');
  const emptyState = "'{}'";

  const insertBatch = async (count, isOpen, seq) => {
    const i0 = nextInstanceId;
    const k0 = nextTaskId;
    nextInstanceId += count;
    nextTaskId += count;
    const instances = [];
    const tasks = [];
    for (let j = 0; j < count; j++) {
      const n = seq + j;
      const started = base + n * 1000;
      const ended = isOpen ? 'NULL' : sqlTime(started + 3_600_000);
      instances.push(
        `(${i0 + j},${definitionId},'${processKey}','INBOX-${isOpen ? 'O' : 'C'}-${n}','document','${isOpen ? 'running' : 'completed'}',${initiatorUserId},NULL,NULL,'{}',${emptyState},${sqlTime(started)},${ended},${isOpen ? 2 : 4})`,
      );
      const due = sqlTime(started + (isOpen ? 3 : 2) * 86_400_000 + (n % 97) * 60_000);
      tasks.push(
        `(${k0 + j},${i0 + j},'kacho_exec_${n}','kacho','課長決裁','decide','document',${userId},NULL,NULL,'総務課長','${isOpen ? 'open' : 'completed'}',${due},${sqlTime(started + 60_000)},${isOpen ? 'NULL' : sqlTime(started + 120_000)},${isOpen ? 'NULL' : userId},${isOpen ? 'NULL' : "'approved'"},NULL)`,
      );
    }
    await dataSource.query(`INSERT INTO wf_instance ${INSTANCE_COLUMNS} VALUES ${instances.join(',')}`);
    await dataSource.query(`INSERT INTO wf_task ${TASK_COLUMNS} VALUES ${tasks.join(',')}`);
  };

  const t0 = performance.now();
  for (let done = 0; done < open; done += batch) await insertBatch(Math.min(batch, open - done), true, done);

  let claimed = 0;
  let inserted = 0;
  const worker = async () => {
    while (claimed < completed && performance.now() - t0 < budgetMs) {
      const count = Math.min(batch, completed - claimed);
      const seq = claimed;
      claimed += count;
      await insertBatch(count, false, seq);
      inserted += count;
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  const insertMs = performance.now() - t0;
  await dataSource.query('ANALYZE TABLE wf_task, wf_instance');
  const [{ openCount, completedCount }] = await dataSource.query(
    `SELECT SUM(status = 'open') AS openCount, SUM(status = 'completed') AS completedCount FROM wf_task WHERE assigneeUserId = ?`,
    [userId],
  );
  return {
    openTasks: Number(openCount),
    completedTasks: Number(completedCount),
    completedInserted: inserted,
    completedTarget: completed,
    insertSeconds: Math.round(insertMs / 100) / 10,
    rowsPerSecond: Math.round(((open + inserted) * 2) / (insertMs / 1000)),
  };
}

/**
 * GET `path` (an inbox page) for one user from `clients` concurrent keep-alive clients: first `warmup` requests,
 * unmeasured, at the same concurrency (so the server's inbox code is compiled as in service), then `requests`
 * measured ones. `cpu()` answers the API's and the database server's CPU milliseconds so far.
 */
export async function measureInbox({
  port,
  token,
  path = '/api/workflow/tasks',
  requests = 2000,
  clients = 8,
  warmup = 400,
  cpu,
}) {
  let sample;
  const durations = [];
  let errors = 0;
  const run = async (count, measured) => {
    let issued = 0;
    await Promise.all(
      Array.from({ length: clients }, async () => {
        const http = new BenchClient(port);
        try {
          while (issued < count) {
            issued += 1;
            const res = await http.request('GET', path, { token });
            if (res.status !== 200) {
              if (!measured) throw new Error(`inbox answered ${res.status}: ${JSON.stringify(res.body)}`);
              errors += 1;
            } else if (measured) durations.push(res.ms);
            else sample = res;
          }
        } finally {
          http.close();
        }
      }),
    );
  };
  await run(warmup, false);
  const cpu0 = cpu();
  const t0 = performance.now();
  await run(requests, true);
  const wall = performance.now() - t0;
  const cpu1 = cpu();
  const perRequest = (ms) => Math.round((ms / requests) * 1000) / 1000;
  return {
    clients,
    apiCpuMs: perRequest(cpu1.api - cpu0.api),
    databaseCpuMs: perRequest(cpu1.database - cpu0.database),
    ...summarise(durations, wall),
    errors,
    itemsReturned: sample.body.items.length,
    total: sample.body.total,
    responseBytes: Buffer.byteLength(JSON.stringify(sample.body)),
  };
}
