import { spawn } from 'node:child_process';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { BenchClient } from './http-client.js';

const MAIN = new URL('../dist/apps/api/src/main.js', import.meta.url).pathname;

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The API as its own process tree (`node dist/apps/api/src/main.js --seed-demo`, RINGI_WORKERS workers), so
 * the load generator in the bench process does not share its event loop or CPU accounting with the app.
 * Resolves once the API logged "ringi is ready" (with workers: all of them listen) and GET /api/health/ready
 * answers 200 on the LGWAN listener.
 */
export async function startApi({ databaseUrl, dataDir, workers, extraEnv = {}, nodeArgs = [] }) {
  const [lgwan, internet, mynumber] = [await freePort(), await freePort(), await freePort()];
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    RINGI_DATA_DIR: dataDir,
    RINGI_LOG_LEVEL: 'info',
    RINGI_LISTEN_LGWAN: `127.0.0.1:${lgwan}`,
    RINGI_LISTEN_INTERNET: `127.0.0.1:${internet}`,
    RINGI_LISTEN_MYNUMBER: `127.0.0.1:${mynumber}`,
    RINGI_LOGIN_RATE_PER_MINUTE: '10000',
    RINGI_WORKERS: String(workers),
    ...extraEnv,
  };
  const child = spawn(process.execPath, [...nodeArgs, MAIN, '--seed-demo'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = [];
  const keep = (chunk) => {
    output.push(chunk.toString());
    // Enough to see why a start failed; the route listing at start-up alone is a few hundred lines.
    if (output.length > 400) output.shift();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  const deadline = Date.now() + 120_000;
  for (;;) {
    const state = await Promise.race([exited, sleep(250).then(() => null)]);
    if (state) throw new Error(`the API exited while starting (${JSON.stringify(state)}):\n${output.join('')}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the API did not become ready within 120 s:\n${output.join('')}`);
    }
    if (!output.join('').includes('"msg":"ringi is ready"')) continue;
    const probe = new BenchClient(lgwan);
    const ok = await probe.request('GET', '/api/health/ready').then(
      (res) => res.status === 200,
      () => false,
    );
    probe.close();
    if (ok) break;
  }
  return {
    port: lgwan,
    pid: child.pid,
    output: () => output.join(''),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const stopped = await Promise.race([exited, sleep(15_000).then(() => null)]);
      if (!stopped) child.kill('SIGKILL');
    },
  };
}
