import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { validateDefinition } from '../dist/libs/workflow/src/definitions/index.js';
import { DefinitionContextCache, ProcessRunner } from '../dist/libs/workflow/src/engine/index.js';
import { summarise } from './stats.js';

/**
 * The raw floor: bpmn-engine alone, through ringi's runner (recover, signal, getState), with no
 * HTTP and no database. Each measured step is one approval of one 3-step instance.
 */
export async function measureEngineFloor({ instances = 400 } = {}) {
  const xml = fs.readFileSync(new URL('./three-step.bpmn', import.meta.url), 'utf8');
  const definition = await validateDefinition(xml);
  if (!definition.ok) throw new Error(`bench model invalid: ${JSON.stringify(definition.problems)}`);
  const runner = new ProcessRunner({ definitions: new DefinitionContextCache(() => definition.serializedContext) });

  const run = async () => {
    const steps = [];
    let result = await runner.start('bench', { amount: 300000 });
    while (!result.ended) {
      const wait = result.waits[0];
      const t0 = performance.now();
      result = await runner.signal(result.state, wait.executionId, { approved: true });
      steps.push(performance.now() - t0);
    }
    return steps;
  };
  for (let i = 0; i < 50; i++) await run(); // warm-up
  const durations = [];
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < instances; i++) durations.push(...(await run()));
  const cpu = process.cpuUsage(cpu0);
  const wall = performance.now() - started;
  // CPU of the whole loop (starts included, like the HTTP figure includes its starts), garbage collection too.
  const cpuMsPerStep = Math.round(((cpu.user + cpu.system) / 1000 / durations.length) * 100) / 100;
  return { ...summarise(durations, wall), cpuMsPerStep, stateBytes: (await runner.start('bench', {})).state.length };
}
