import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';
import { createBenchDatabase, DATABASE_TRANSPORT } from './database.js';
import { BenchClient } from './http-client.js';
import { startApi } from './api-process.js';
import { databaseCpuMs, treeCpuMs } from './cpu.js';
import { summarise } from './stats.js';

/**
 * `npm run build && node bench/documents-drafting.js`: 起案 to 決裁 through the HTTP API on a fresh MariaDB
 * database (dropped at the end), the API in its own process seeded like the demo. Each client drafts a document
 * as staff1 (numbered on drafting), sends it on its 3-step route (起案 → 係長 kakaricho1 → 課長 kacho1, who decides
 * by 専決) and has both approve it; a document counts once its decision answers inside the measurement window.
 * Prints documents decided per second (target: at least 50) and the draft-to-decision latency.
 * A draft is written and sent in one call (`send: true`), as the 起案 screen does for a draft without files;
 * BENCH_DRAFT_FLOW=two-calls drafts, then submits, as the screen does when files are attached.
 *   BENCH_CLIENTS (16), BENCH_WARMUP_MS (3000), BENCH_WINDOW_MS (20000), BENCH_WORKERS (2 API processes),
 *   BENCH_API_NODE_ARGS (extra node flags for the API, e.g. --cpu-prof with BENCH_WORKERS=1),
 *   BENCH_MYSQL_URL (the local server's Unix socket when it has one, else mysql://root@127.0.0.1:3306)
 */
const PASSWORD = 'Demo-pass-2026';
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);
const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 3000);
const WINDOW_MS = Number(process.env.BENCH_WINDOW_MS ?? 20_000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const TWO_CALLS = process.env.BENCH_DRAFT_FLOW === 'two-calls';
const TARGET_PER_SECOND = 50;
const out = (line) => process.stdout.write(`${line}\n`);

async function login(client, username) {
  const res = await client.request('POST', '/api/auth/login', { json: { username, password: PASSWORD } });
  if (res.body?.status !== 'ok') throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.token;
}

/** Drafts, sends and decides documents until the window closes; answers what it measured. */
async function client(port, tokens, recordFileId, c, clock) {
  const http = new BenchClient(port);
  const decidedAt = [];
  const latencies = [];
  const errors = [];
  const steps = {};
  const call = async (what, method, url, token, json) => {
    const res = await http.request(method, url, { token, json });
    if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
    if (res.end >= clock.windowStart && res.end <= clock.windowEnd) (steps[what] ??= []).push(res.ms);
    return res;
  };
  const approve = async (taskId, who) =>
    (await call(`approve as ${who}`, 'POST', `/api/workflow/tasks/${taskId}/approve`, tokens[who], {})).body;
  // The submit answer and the approve answer say who has the case next; the instance is read only if they do not.
  const nextTask = async (instanceId, answer) => {
    const next = answer?.openTasks ?? answer?.instance?.openTasks ?? answer?.nextTasks;
    if (Array.isArray(next) && next.length > 0) return next[0].id;
    const view = await call('instance', 'GET', `/api/workflow/instances/${instanceId}`, tokens.staff1);
    return view.body.openTasks[0].id;
  };
  try {
    for (let n = 1; performance.now() < clock.windowEnd; n++) {
      const t0 = performance.now();
      try {
        const fields = {
          recordFileId,
          title: `ベンチマーク起案 ${c}-${n} 事務連絡について`,
          body: '標記の件について、下記のとおり実施してよろしいか伺います。記 1 日時 2 場所 3 内容',
          decisionClass: 'document-routine',
        };
        const sent = TWO_CALLS
          ? await call(
              'submit',
              'POST',
              `/api/documents/drafts/${(await call('draft', 'POST', '/api/documents/drafts', tokens.staff1, fields)).body.id}/submit`,
              tokens.staff1,
            )
          : await call('draft and send', 'POST', '/api/documents/drafts', tokens.staff1, { ...fields, send: true });
        const instanceId = sent.body.instanceId;
        const chief = await approve(await nextTask(instanceId, sent.body), 'kakaricho1');
        const decided = await approve(await nextTask(instanceId, chief), 'kacho1');
        if (decided.instance && decided.instance.status !== 'completed') {
          throw new Error(`not decided after the 課長: ${JSON.stringify(decided.instance)}`);
        }
        const end = performance.now();
        if (end >= clock.windowStart && end <= clock.windowEnd) {
          decidedAt.push(end);
          latencies.push(end - t0);
        }
      } catch (error) {
        if (errors.length < 5) errors.push(String(error.message ?? error));
        if (errors.length >= 5) break;
      }
    }
  } finally {
    http.close();
  }
  return { decided: decidedAt.length, latencies, errors, steps };
}

const db = await createBenchDatabase();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringi-bench-'));
let api;
try {
  api = await startApi({
    databaseUrl: db.url,
    dataDir,
    workers: WORKERS,
    nodeArgs: (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean),
  });
  out(
    `database ${db.name} on MariaDB (${DATABASE_TRANSPORT}), API in ${WORKERS} worker process(es) on 127.0.0.1:${api.port}`,
  );
  const setup = new BenchClient(api.port);
  const tokens = {};
  for (const who of ['staff1', 'kakaricho1', 'kacho1']) tokens[who] = await login(setup, who);
  const files = await setup.request('GET', '/api/documents/file-plan/record-files?status=open', {
    token: tokens.staff1,
  });
  const recordFileId = files.body.find((f) => f.title === '文書管理・研修').id;
  setup.close();

  const start = performance.now();
  const clock = { windowStart: start + WARMUP_MS, windowEnd: start + WARMUP_MS + WINDOW_MS };
  const cpuAt = [];
  // The load generator shares the two cores: its own CPU is shown so that the API's and the database's shares read right.
  const ownCpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const cpu = () => ({ api: treeCpuMs(api.pid), database: databaseCpuMs(), client: ownCpuMs() });
  const timers = [WARMUP_MS, WARMUP_MS + WINDOW_MS].map((ms, i) => setTimeout(() => (cpuAt[i] = cpu()), ms));
  const results = await Promise.all(
    Array.from({ length: CLIENTS }, (_, c) => client(api.port, tokens, recordFileId, c, clock)),
  );
  timers.forEach(clearTimeout);
  const decided = results.reduce((sum, r) => sum + r.decided, 0);
  const errors = results.flatMap((r) => r.errors);
  const perSecond = Math.round((decided / WINDOW_MS) * 1000 * 10) / 10;
  const latency = summarise(
    results.flatMap((r) => r.latencies),
    WINDOW_MS,
  );
  const cpuMsPerDocument = {};
  if (cpuAt.length === 2 && decided > 0) {
    for (const name of Object.keys(cpuAt[1])) {
      if (cpuAt[1][name] !== null && cpuAt[0][name] !== null) {
        cpuMsPerDocument[name] = Math.round((cpuAt[1][name] - cpuAt[0][name]) / decided);
      }
    }
  }
  const stepP50 = {};
  for (const what of new Set(results.flatMap((r) => Object.keys(r.steps)))) {
    stepP50[what] = summarise(
      results.flatMap((r) => r.steps[what] ?? []),
      WINDOW_MS,
    ).p50;
  }
  const summary = {
    bench: 'documents-drafting',
    flow: TWO_CALLS ? 'two-calls' : 'one-call',
    clients: CLIENTS,
    workers: WORKERS,
    windowMs: WINDOW_MS,
    decided,
    perSecond,
    latencyP50: latency.p50,
    latencyP95: latency.p95,
    cpuMsPerDocument,
    stepP50,
    errors,
  };
  out(JSON.stringify(summary));
  out(
    `drafting to decision (3-step route, ${TWO_CALLS ? 'draft then submit' : 'drafted and sent in one call'}, ${CLIENTS} clients, ${WORKERS} API workers, ${WINDOW_MS / 1000} s): ` +
      `${perSecond} documents/s, latency p50 ${latency.p50} ms, p95 ${latency.p95} ms; ` +
      `CPU per document: API ${cpuMsPerDocument.api ?? 'n/a'} ms, database ${cpuMsPerDocument.database ?? 'n/a'} ms, load generator ${cpuMsPerDocument.client ?? 'n/a'} ms — ` +
      `target ≥ ${TARGET_PER_SECOND}/s ${perSecond >= TARGET_PER_SECOND ? 'MET' : 'NOT MET'}`,
  );
  if (errors.length > 0) {
    out(`errors: ${errors.join(' | ')}`);
    const logged = api
      .output()
      .split('\n')
      .filter((line) => /"level":(50|"error")/.test(line));
    out(`API errors logged (first 3):\n${logged.slice(0, 3).join('\n')}`);
  }
} finally {
  await api?.stop();
  await db.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
