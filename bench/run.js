import { measureEngineFloor } from './engine-floor.js';

/** `npm run bench`: prints each measurement as a line of JSON and a readable summary. */
const floor = await measureEngineFloor();
process.stdout.write(`${JSON.stringify({ bench: 'engine-floor', ...floor })}\n`);
process.stdout.write(
  `engine floor (no HTTP, no DB): ${floor.perSecond} steps/s, p50 ${floor.p50} ms, p95 ${floor.p95} ms, p99 ${floor.p99} ms, state ${floor.stateBytes} bytes\n`,
);
