import { bpmnDefinitions, flow } from '../definitions/bpmn-fixtures';
import { validateDefinition } from '../definitions/validate-definition';
import { DefinitionContextCache } from '../engine/definition-cache';
import { ProcessRunner } from '../engine/process-runner';
import { rewindTo } from './rewind';

const ROUTE = bpmnDefinitions(`
  <startEvent id="start"/>
  ${flow('f1', 'start', 'draft')}
  <userTask id="draft" name="起案"/>
  ${flow('f2', 'draft', 'chief')}
  <userTask id="chief" name="係長承認"/>
  ${flow('f3', 'chief', 'gate')}
  <exclusiveGateway id="gate" default="small"/>
  ${flow('large', 'gate', 'director', '= amount > 500000')}
  ${flow('small', 'gate', 'manager')}
  <userTask id="director" name="部長決裁"/>
  <userTask id="manager" name="課長決裁"/>
  ${flow('f4', 'director', 'end')}
  ${flow('f5', 'manager', 'end')}
  <endEvent id="end"/>`);

describe('rewindTo (差戻し / 引戻し on the engine)', () => {
  let runner: ProcessRunner;

  beforeAll(async () => {
    const validation = await validateDefinition(ROUTE);
    if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
    runner = new ProcessRunner({ definitions: new DefinitionContextCache(() => validation.serializedContext) });
  });

  const waitingOn = (result: { waits: { elementId: string }[] } | null) => result?.waits.map((w) => w.elementId);

  it('restarts and fast-forwards completed steps until the target waits', async () => {
    const completed = new Set(['draft', 'chief']);
    expect(waitingOn(await rewindTo(runner, '1', { amount: 10 }, 'draft', completed))).toEqual(['draft']);
    expect(waitingOn(await rewindTo(runner, '1', { amount: 10 }, 'chief', completed))).toEqual(['chief']);
  });

  it('evaluates gateways again on the variables it is given', async () => {
    const completed = new Set(['draft', 'chief', 'manager']);
    expect(waitingOn(await rewindTo(runner, '1', { amount: 10 }, 'manager', completed))).toEqual(['manager']);
    // With a large amount the route goes to the 部長: the 課長 step is not on it.
    expect(await rewindTo(runner, '1', { amount: 1_000_000 }, 'manager', completed)).toBeNull();
  });

  it('answers null for a step the instance has not reached', async () => {
    expect(await rewindTo(runner, '1', { amount: 10 }, 'manager', new Set(['draft']))).toBeNull();
  });
});
