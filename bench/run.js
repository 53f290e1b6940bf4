import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureEngineFloorInProcess } from './engine-floor-process.js';
import { createBenchDatabase, DATABASE_TRANSPORT } from './database.js';
import { BenchClient } from './http-client.js';
import { measureHttpApprovals, PROCESS_KEY } from './approvals.js';
import { fillInbox, measureInbox } from './inbox.js';
import { startApi } from './api-process.js';
import { databaseCpuMs, treeCpuMs } from './cpu.js';
import { currentTotpCode } from '../dist/libs/auth/src/index.js';
import { DEMO_ADMIN_TOTP_SECRET } from '../dist/seeds/demo-city.js';

/**
 * `npm run bench`: one run on a fresh MariaDB database (dropped at the end). The API runs as its own
 * process(es), started like production (`node dist/apps/api/src/main.js`); this process only generates
 * load and reads the database. Prints each measurement as a line of JSON and a readable summary with the
 * targets of issue 3.
 *   BENCH_WINDOW_SECONDS (20), BENCH_WARMUP_SECONDS (3), BENCH_CLIENTS (32), BENCH_WORKERS (RINGI_WORKERS, 2),
 *   BENCH_PACED_STEPS_PER_SECOND (150; 0 skips the paced run),
 *   BENCH_INBOX_COMPLETED (1000000), BENCH_INBOX_BUDGET_SECONDS (240), BENCH_INBOX_REQUESTS (2000), BENCH_INBOX_WARMUP (400), BENCH_MYSQL_URL (the local server's Unix socket when it has one, else mysql://root@127.0.0.1:3306),
 *   BENCH_API_NODE_ARGS (extra node flags for the API, e.g. --cpu-prof)
 */
const PASSWORD = 'Demo-pass-2026';
const env = (name, fallback) => Number(process.env[name] ?? fallback);
const TARGETS = { stepsPerSecond: 150, approveP95: 50, floorRatio: 1.5, inboxP95: 50 };
const out = (line) => process.stdout.write(`${line}\n`);
const json = (bench, data) => out(JSON.stringify({ bench, ...data }));
const mark = (ok) => (ok ? 'MET' : 'NOT MET');

/** The API workers' V8 flags (apps/api/src/cluster.ts), for the floor too: the same runtime on both sides. */
const WORKER_V8_FLAGS = ['--max-semi-space-size=64'];

// 1. The raw floor first, alone on the CPU.
const floor = await measureEngineFloorInProcess(WORKER_V8_FLAGS);
json('engine-floor', floor);
out(
  `engine floor (no HTTP, no DB): ${floor.perSecond} steps/s, mean ${floor.mean} ms, p50 ${floor.p50} ms, p95 ${floor.p95} ms, p99 ${floor.p99} ms, ` +
    `CPU ${floor.cpuMsPerStep} ms per step, state ${floor.stateBytes} bytes`,
);

const db = await createBenchDatabase();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringi-bench-'));
const workers = env('BENCH_WORKERS', 2);
let api;
const summary = [];
try {
  api = await startApi({
    databaseUrl: db.url,
    dataDir,
    workers,
    // A single process is not forked by the cluster primary, so it gets the workers' flags here.
    nodeArgs: [...WORKER_V8_FLAGS, ...(process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean)],
  });
  const port = api.port;
  out(
    `database ${db.name} on MariaDB (${DATABASE_TRANSPORT}), API in ${workers} worker process(es) on 127.0.0.1:${port} (lgwan)`,
  );

  // Logins (one token per user) and the deployment of the bench model as a workflow admin with TOTP.
  const setup = new BenchClient(port);
  const tokens = {};
  let definitionId;
  try {
    const first = await setup.request('POST', '/api/auth/login', { json: { username: 'admin', password: PASSWORD } });
    if (first.body?.status !== 'mfa-required')
      throw new Error(`admin login: ${first.status} ${JSON.stringify(first.body)}`);
    const code = currentTotpCode(DEMO_ADMIN_TOTP_SECRET, new Date());
    const mfa = await setup.request('POST', '/api/auth/login/mfa', {
      json: { challengeToken: first.body.challengeToken, code },
    });
    if (mfa.status !== 200) throw new Error(`admin MFA: ${mfa.status} ${JSON.stringify(mfa.body)}`);
    const xml = fs.readFileSync(new URL('./three-step.bpmn', import.meta.url), 'utf8');
    const deployed = await setup.request('POST', '/api/workflow/definitions', { token: mfa.body.token, xml });
    if (deployed.status !== 201) throw new Error(`deploy: ${deployed.status} ${JSON.stringify(deployed.body)}`);
    definitionId = deployed.body.id;
    for (const name of ['staff1', 'kakaricho1', 'kacho1']) {
      const res = await setup.request('POST', '/api/auth/login', { json: { username: name, password: PASSWORD } });
      if (res.status !== 200 || res.body.status !== 'ok')
        throw new Error(`login ${name}: ${res.status} ${JSON.stringify(res.body)}`);
      tokens[name] = res.body.token;
    }
  } finally {
    setup.close();
  }

  // 2. HTTP approvals (with the server-wide statement count, to see SQL statements per request).
  const questions = async () => Number((await db.query(`SHOW GLOBAL STATUS LIKE 'Questions'`))[0].Value);
  const questionsBefore = await questions();
  const approvals = await measureHttpApprovals({
    port,
    tokens,
    clients: env('BENCH_CLIENTS', 32),
    warmupMs: env('BENCH_WARMUP_SECONDS', 3) * 1000,
    windowMs: env('BENCH_WINDOW_SECONDS', 20) * 1000,
    cpu: () => ({ api: treeCpuMs(api.pid), database: databaseCpuMs() }),
  });
  approvals.sqlStatements = (await questions()) - questionsBefore - 1;
  const requestsAll = approvals.approvalsAll + approvals.starts + approvals.instanceGets;
  approvals.sqlStatementsPerRequest = Math.round((approvals.sqlStatements / requestsAll) * 10) / 10;
  approvals.workers = workers;
  json('http-approvals', approvals);
  const ratio = Math.round((approvals.mean / floor.mean) * 100) / 100;
  const wallPerStep = approvals.stepsPerSecond > 0 ? 1000 / approvals.stepsPerSecond : Infinity;
  const floorWallPerStep = 1000 / floor.perSecond;
  const ratioData = {
    httpMeanMs: approvals.mean,
    floorMeanMs: floor.mean,
    ratio,
    httpWallMsPerStep: Math.round(wallPerStep * 1000) / 1000,
    floorWallMsPerStep: Math.round(floorWallPerStep * 1000) / 1000,
    wallRatio: Math.round((wallPerStep / floorWallPerStep) * 100) / 100,
    apiCpuMsPerStep: approvals.cpuMsPerStep.api,
    databaseCpuMsPerStep: approvals.cpuMsPerStep.database,
    floorCpuMsPerStep: floor.cpuMsPerStep,
    cpuRatio: Math.round((approvals.cpuMsPerStep.api / floor.cpuMsPerStep) * 100) / 100,
  };
  json('http-vs-floor', ratioData);
  out(
    `HTTP approvals (${approvals.clients} clients, ${workers} API workers, ${approvals.windowMs / 1000} s after ${approvals.warmupMs / 1000} s warm-up): ` +
      `${approvals.stepsPerSecond} steps/s (${approvals.approvals} approvals, ${approvals.instancesCompleted} instances completed, ${approvals.errors} errors), ` +
      `approve latency mean ${approvals.mean} ms, p50 ${approvals.p50} ms, p95 ${approvals.p95} ms, p99 ${approvals.p99} ms; ` +
      `start p50 ${approvals.startP50} ms, p95 ${approvals.startP95} ms; slowest request ${approvals.slowestMs} ms`,
  );
  out(
    `  requests: ${approvals.approvalsAll} approves, ${approvals.starts} starts, ${approvals.instanceGets} instance GETs in all; ` +
      `${approvals.sqlStatements} SQL statements on the server = ${approvals.sqlStatementsPerRequest} per request`,
  );
  if (approvals.errors > 0) out(`  first errors: ${JSON.stringify(approvals.errorSamples)}`);
  out(
    `HTTP vs floor: mean approve ${approvals.mean} ms / floor mean ${floor.mean} ms = ${ratio}x ` +
      `(wall time per step, aggregate: ${ratioData.httpWallMsPerStep} ms vs ${ratioData.floorWallMsPerStep} ms = ${ratioData.wallRatio}x)`,
  );
  out(
    `  CPU per step: API ${ratioData.apiCpuMsPerStep} ms (all workers; its share of starts and GETs included) ` +
      `vs floor ${ratioData.floorCpuMsPerStep} ms = ${ratioData.cpuRatio}x; database server ${ratioData.databaseCpuMsPerStep ?? 'n/a'} ms`,
  );
  summary.push(
    ['approval steps/s', `${approvals.stepsPerSecond}`, '≥ 150', approvals.stepsPerSecond >= TARGETS.stepsPerSecond],
    [
      'approve p95 (flat out: clients / throughput)',
      `${approvals.p95} ms`,
      '≤ 50 ms',
      approvals.p95 <= TARGETS.approveP95,
    ],
    ['cost per step vs floor (mean approve latency)', `${ratio}x`, '≤ 1.5x', ratio <= TARGETS.floorRatio],
    [
      'cost per step vs floor (wall ms per step)',
      `${ratioData.wallRatio}x`,
      '≤ 1.5x',
      ratioData.wallRatio <= TARGETS.floorRatio,
    ],
    [
      'cost per step vs floor (API CPU ms per step)',
      `${ratioData.cpuRatio}x`,
      '≤ 1.5x',
      ratioData.cpuRatio <= TARGETS.floorRatio,
    ],
  );

  // 2b. The same clients offering the target rate: the latency of a system serving 150 steps/s.
  const pacedRate = env('BENCH_PACED_STEPS_PER_SECOND', 150);
  if (pacedRate > 0) {
    const paced = await measureHttpApprovals({
      port,
      tokens,
      clients: env('BENCH_CLIENTS', 32),
      warmupMs: env('BENCH_WARMUP_SECONDS', 3) * 1000,
      windowMs: env('BENCH_WINDOW_SECONDS', 20) * 1000,
      pacedStepsPerSecond: pacedRate,
    });
    json('http-approvals-paced', paced);
    out(
      `HTTP approvals paced at ${pacedRate} steps/s offered (${paced.clients} clients): ${paced.stepsPerSecond} steps/s served, ` +
        `approve latency mean ${paced.mean} ms, p50 ${paced.p50} ms, p95 ${paced.p95} ms, p99 ${paced.p99} ms, ${paced.errors} errors`,
    );
    summary.push([
      `approve p95 at ${pacedRate} steps/s offered`,
      `${paced.p95} ms`,
      '≤ 50 ms',
      paced.p95 <= TARGETS.approveP95 && paced.stepsPerSecond >= TARGETS.stepsPerSecond * 0.95,
      paced.stepsPerSecond < TARGETS.stepsPerSecond * 0.95 ? `(served only ${paced.stepsPerSecond} steps/s)` : '',
    ]);
  }

  // 3. Inbox of kacho1: 500 open tasks among (up to) 1,000,000 completed ones.
  const [{ id: kachoId }] = await db.query(`SELECT id FROM user_account WHERE username = 'kacho1'`);
  const [{ id: staffId }] = await db.query(`SELECT id FROM user_account WHERE username = 'staff1'`);
  const fill = await fillInbox(db, {
    userId: Number(kachoId),
    initiatorUserId: Number(staffId),
    definitionId,
    processKey: PROCESS_KEY,
    completed: env('BENCH_INBOX_COMPLETED', 1_000_000),
    budgetMs: env('BENCH_INBOX_BUDGET_SECONDS', 240) * 1000,
  });
  json('inbox-fill', fill);
  out(
    `inbox fill: kacho1 has ${fill.openTasks} open and ${fill.completedTasks} completed tasks ` +
      `(${fill.completedInserted} of ${fill.completedTarget} completed inserted in ${fill.insertSeconds} s, ${fill.rowsPerSecond} rows/s incl. instances)`,
  );
  // The API's default page (100 items), and the first page the staff inbox screen asks for (50 items, by due date).
  const inboxRuns = [];
  for (const path of ['/api/workflow/tasks', '/api/workflow/tasks?sort=due&limit=50&offset=0']) {
    const inbox = await measureInbox({
      port,
      token: tokens.kacho1,
      path,
      requests: env('BENCH_INBOX_REQUESTS', 2000),
      warmup: env('BENCH_INBOX_WARMUP', 400),
      cpu: () => ({ api: treeCpuMs(api.pid), database: databaseCpuMs() }),
    });
    inboxRuns.push(inbox);
    json('inbox', { ...inbox, path, openTasks: fill.openTasks, completedTasks: fill.completedTasks });
    out(
      `inbox GET ${path} (${inbox.clients} clients, ${inbox.count} requests, ${inbox.itemsReturned} items, ${inbox.responseBytes} bytes): ` +
        `${inbox.perSecond} req/s, mean ${inbox.mean} ms, p50 ${inbox.p50} ms, p95 ${inbox.p95} ms, p99 ${inbox.p99} ms, ${inbox.errors} errors; ` +
        `CPU per request: API ${inbox.apiCpuMs} ms, database ${inbox.databaseCpuMs} ms`,
    );
  }
  const [inbox, screenInbox] = inboxRuns;
  summary.push([
    `inbox p95 (${fill.openTasks} open / ${fill.completedTasks.toLocaleString('en')} completed)`,
    `${inbox.p95} ms`,
    '≤ 50 ms',
    inbox.p95 <= TARGETS.inboxP95 && fill.completedTasks >= 1_000_000,
    fill.completedTasks < 1_000_000
      ? `(only ${fill.completedTasks} completed rows: target not measured at full size)`
      : '',
  ]);
  summary.push([
    "inbox p95, the screen's first page (50 items)",
    `${screenInbox.p95} ms`,
    '≤ 50 ms',
    screenInbox.p95 <= TARGETS.inboxP95 && fill.completedTasks >= 1_000_000,
    '',
  ]);
} finally {
  if (api) await api.stop();
  await db.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

json('targets', { results: summary.map(([name, value, target, met]) => ({ name, value, target, met })) });
out('\nSummary (targets from issue 3, 2-core machine):');
for (const [name, value, target, met, note] of summary) {
  out(`  ${name.padEnd(52)} ${value.padStart(10)}   target ${target.padEnd(8)} ${mark(met)} ${note ?? ''}`);
}
