import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import { BenchClient } from './http-client.js';
import { summarise } from './stats.js';

export const PROCESS_KEY = 'bench-three-step';
const APPROVERS = ['staff1', 'kakaricho1', 'kacho1'];

/**
 * 32 clients, each on its own keep-alive connection, each repeatedly starting a 3-step instance as
 * staff1 and approving its steps as staff1 → kakaricho1 → kacho1. Only approvals that finish inside
 * the measurement window (after the warm-up) count. The next task's id comes from the instance GET
 * (the approve response carries the instance summary, not its open tasks). cpuMsPerStep divides the CPU
 * time `cpu()` reports over the window (API processes, database server) by the approvals in it: everything
 * a step costs, its share of starts and instance GETs included.
 *
 * Flat out (pacedStepsPerSecond 0) the clients have no think time, so by Little's law their latency is
 * clients / throughput: it measures capacity, not responsiveness. Paced, they offer a fixed rate (a client
 * that fell behind catches up by at most one step) and the latency is that of a system serving that load.
 */
export async function measureHttpApprovals({
  port,
  tokens,
  clients = 32,
  warmupMs = 3000,
  windowMs = 20_000,
  cpu = () => ({}),
  pacedStepsPerSecond = 0,
}) {
  const t0 = performance.now();
  // Paced: each client approves at most every `interval` ms, so that together they offer pacedStepsPerSecond.
  const interval = pacedStepsPerSecond > 0 ? (clients / pacedStepsPerSecond) * 1000 : 0;
  // CPU counters (e.g. { api, database } in ms) read when the window opens and when it closes.
  const cpuAt = [];
  const cpuTimers = [warmupMs, warmupMs + windowMs].map((ms, i) => setTimeout(() => (cpuAt[i] = cpu()), ms));
  const windowStart = t0 + warmupMs;
  const windowEnd = windowStart + windowMs;
  const approveMs = [];
  const startMs = [];
  // The slowest request ending after the window opened (stragglers that end after it closes included): a stuck
  // client hides behind good percentiles of the others, and Little's law only holds if none is stuck.
  let slowestMs = 0;
  const track = (res) => {
    if (res.end >= windowStart) slowestMs = Math.max(slowestMs, res.ms);
  };
  const counters = {
    approvalsAll: 0,
    approvals: 0,
    instancesCompleted: 0,
    starts: 0,
    instanceGets: 0,
    errors: 0,
    otherRequestsInWindow: 0,
  };
  const errorSamples = [];
  const inWindow = (end) => end >= windowStart && end <= windowEnd;

  const fail = (what, res) => {
    counters.errors += 1;
    if (errorSamples.length < 5) errorSamples.push({ what, status: res.status, body: res.body });
  };

  const client = async (c) => {
    const http = new BenchClient(port);
    let n = 0;
    let nextAt = t0 + (c * interval) / clients;
    const pace = async () => {
      if (interval === 0) return;
      const wait = nextAt - performance.now();
      if (wait > 0) await sleep(wait);
      nextAt = Math.max(nextAt, performance.now() - interval) + interval;
    };
    try {
      // Bounded: stop starting instances once the window closes; a started one is finished.
      while (performance.now() < windowEnd && n < 100_000) {
        n += 1;
        const started = await http.request('POST', '/api/workflow/instances', {
          token: tokens.staff1,
          json: { definitionKey: PROCESS_KEY, businessKey: `BENCH-${c}-${n}`, variables: { amount: 300000 } },
        });
        counters.starts += 1;
        track(started);
        if (inWindow(started.end)) {
          counters.otherRequestsInWindow += 1;
          startMs.push(started.ms);
        }
        if (started.status !== 201) {
          fail('start', started);
          await sleep(50);
          continue;
        }
        const instanceId = started.body.id;
        let taskId = started.body.openTasks?.[0]?.id;
        for (let step = 0; step < APPROVERS.length && taskId !== undefined; step++) {
          await pace();
          const res = await http.request('POST', `/api/workflow/tasks/${taskId}/approve`, {
            token: tokens[APPROVERS[step]],
            json: {},
          });
          track(res);
          if (res.status !== 200) {
            fail(`approve step ${step + 1}`, res);
            break;
          }
          counters.approvalsAll += 1;
          if (inWindow(res.end)) {
            counters.approvals += 1;
            approveMs.push(res.ms);
          }
          if (step === APPROVERS.length - 1) {
            if (inWindow(res.end)) counters.instancesCompleted += 1;
            break;
          }
          const next = res.body?.instance?.openTasks ?? res.body?.nextTasks;
          if (Array.isArray(next) && next.length > 0) {
            taskId = next[0].id;
            continue;
          }
          const view = await http.request('GET', `/api/workflow/instances/${instanceId}`, { token: tokens.staff1 });
          counters.instanceGets += 1;
          if (inWindow(view.end)) counters.otherRequestsInWindow += 1;
          if (view.status !== 200) {
            fail('instance get', view);
            break;
          }
          taskId = view.body.openTasks?.[0]?.id;
          if (taskId === undefined) fail('no open task after approve', view);
        }
      }
    } finally {
      http.close();
    }
  };

  await Promise.all(Array.from({ length: clients }, (_, c) => client(c)));
  cpuTimers.forEach(clearTimeout);
  const stats = summarise(approveMs, windowMs);
  const starts = summarise(startMs, windowMs);
  const cpuMsPerStep = {};
  if (cpuAt.length === 2 && counters.approvals > 0) {
    for (const [name, end] of Object.entries(cpuAt[1])) {
      if (end !== null && cpuAt[0][name] !== null) {
        cpuMsPerStep[name] = Math.round(((end - cpuAt[0][name]) / counters.approvals) * 100) / 100;
      }
    }
  }
  return {
    clients,
    pacedStepsPerSecond,
    warmupMs,
    windowMs,
    ...stats,
    startP50: starts.p50,
    startP95: starts.p95,
    slowestMs: Math.round(slowestMs),
    stepsPerSecond: Math.round((counters.approvals / windowMs) * 1000 * 10) / 10,
    ...counters,
    cpuMsPerStep,
    errorSamples,
  };
}
