import { spawn } from 'node:child_process';

const SCRIPT = new URL('./engine-floor-main.js', import.meta.url).pathname;

/**
 * The floor in a fresh node process started with `nodeArgs`, the V8 flags the API workers run with
 * (see WORKER_V8_FLAGS in apps/api/src/cluster.ts), so that both sides of the ratio get the same runtime.
 */
export function measureEngineFloorInProcess(nodeArgs) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, SCRIPT], { stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`the engine floor process exited with ${code}`));
      resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    });
  });
}
