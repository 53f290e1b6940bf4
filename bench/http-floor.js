import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBenchDatabase } from './database.js';
import { BenchClient } from './http-client.js';
import { startApi } from './api-process.js';
import { treeCpuMs } from './cpu.js';

/**
 * `npm run build && node bench/http-floor.js`: the API's fixed cost per request, to set the approval bench's
 * CPU per step against. 8 keep-alive clients call GET /api/health (no session: HTTP, middleware and Nest
 * routing only) and GET /api/auth/me (the same plus the session lookup every authenticated request makes)
 * against the API started as in the other benches; prints requests/s and API CPU per request.
 *   BENCH_WORKERS (2), BENCH_WINDOW_MS (4000), BENCH_MYSQL_URL (see bench/database.js)
 */
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const WINDOW_MS = Number(process.env.BENCH_WINDOW_MS ?? 4000);
const CLIENTS = 8;

async function load(port, url, token, ms) {
  const end = performance.now() + ms;
  let count = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      const http = new BenchClient(port);
      try {
        while (performance.now() < end) {
          const res = await http.request('GET', url, { token });
          if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
          count += 1;
        }
      } finally {
        http.close();
      }
    }),
  );
  return count;
}

const db = await createBenchDatabase();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringi-bench-'));
const api = await startApi({ databaseUrl: db.url, dataDir, workers: WORKERS });
try {
  const client = new BenchClient(api.port);
  const login = await client.request('POST', '/api/auth/login', {
    json: { username: 'kacho1', password: 'Demo-pass-2026' },
  });
  client.close();
  for (const [label, url, token] of [
    ['GET /api/health (no session)', '/api/health', undefined],
    ['GET /api/auth/me (session)', '/api/auth/me', login.body.token],
  ]) {
    await load(api.port, url, token, 1500);
    const cpu0 = treeCpuMs(api.pid);
    const count = await load(api.port, url, token, WINDOW_MS);
    const cpuMs = treeCpuMs(api.pid) - cpu0;
    process.stdout.write(
      `${label}: ${Math.round(count / (WINDOW_MS / 1000))} requests/s, API CPU ${(cpuMs / count).toFixed(3)} ms per request (${CLIENTS} clients, ${WORKERS} workers)\n`,
    );
  }
} finally {
  await api.stop();
  await db.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
