import fs from 'node:fs';
import { validateDefinition } from '../dist/libs/workflow/src/definitions/index.js';
import { DefinitionContextCache, ProcessRunner } from '../dist/libs/workflow/src/engine/index.js';

/**
 * `npm run build && node bench/document-engine.js [model.bpmn]`: the engine's CPU per document through the
 * seeded document model (or another one), without HTTP or database: start, then signal each step (起案 →
 * 係長 → 決裁, no 合議 or 供覧) with the waiting engine kept between calls, as the API keeps it.
 */
const file = process.argv[2] ?? new URL('../seeds/bpmn/document-approval.bpmn', import.meta.url).pathname;
const definition = await validateDefinition(fs.readFileSync(file, 'utf8'));
if (!definition.ok) throw new Error(`${file}: ${JSON.stringify(definition.problems)}`);
const runner = new ProcessRunner({
  definitions: new DefinitionContextCache(() => definition.serializedContext),
  liveEngines: 64,
});

async function documentRun() {
  let result = await runner.start('document', { consultUnits: [], viewers: [] });
  let steps = 0;
  while (!result.ended) {
    result = await runner.signal(result.state, result.waits[0].executionId, {});
    steps += 1;
  }
  return steps;
}

for (let i = 0; i < 200; i++) await documentRun();
const count = 1000;
const cpu0 = process.cpuUsage();
let steps = 0;
for (let i = 0; i < count; i++) steps += await documentRun();
const cpu = process.cpuUsage(cpu0);
process.stdout.write(
  `document model ${file}: ${steps / count} steps per document, engine CPU ${((cpu.user + cpu.system) / 1000 / count).toFixed(2)} ms per document\n`,
);
