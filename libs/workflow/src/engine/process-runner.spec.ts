import { around, bpmnDefinitions, flow, timerXml } from '../definitions/bpmn-fixtures';
import { validateDefinition } from '../definitions/validate-definition';
import { jest } from '@jest/globals';
import { DefinitionContextCache } from './definition-cache';
import { EngineRun } from './engine-run';
import { ProcessNotRunningError, UnknownTimerError, UnknownWaitError } from './errors';
import { ProcessRunner, type RunResult } from './process-runner';
import { InvalidRunnerStateError } from './runner-state';

const NOW = new Date('2026-04-01T09:00:00+09:00');

interface Deployment {
  readonly runner: ProcessRunner;
  readonly cache: DefinitionContextCache;
  readonly loads: () => number;
}

/** Every behaviour below holds whether the runner recovers each time or takes the engine it kept. */
let liveEngines = 0;

async function deploy(xml: string, now: () => Date = () => NOW): Promise<Deployment> {
  const validation = await validateDefinition(xml);
  if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
  let loads = 0;
  const cache = new DefinitionContextCache(() => {
    loads += 1;
    return validation.serializedContext;
  });
  return { runner: new ProcessRunner({ definitions: cache, now, liveEngines }), cache, loads: () => loads };
}

const waitingOn = (result: RunResult) => result.waits.map((wait) => wait.elementId).sort();

const routedApproval = bpmnDefinitions(`
  <startEvent id="drafted"/>
  ${flow('toGate', 'drafted', 'amountGate')}
  <exclusiveGateway id="amountGate" default="small"/>
  ${flow('large', 'amountGate', 'directorApproval', '= amount > 500000')}
  ${flow('small', 'amountGate', 'managerApproval')}
  <userTask id="directorApproval" name="部長決裁" ringi:assignee="post(部長)" ringi:stepKind="decide" ringi:due="P3D"/>
  <userTask id="managerApproval" name="課長決裁" ringi:assignee="post(課長)" ringi:stepKind="decide"/>
  ${flow('directorDone', 'directorApproval', 'approved')}
  ${flow('managerDone', 'managerApproval', 'approved')}
  <endEvent id="approved"/>`);

describe.each([0, 8])('ProcessRunner keeping %i waiting engines', (kept) => {
  beforeAll(() => {
    liveEngines = kept;
  });

  describe('FEEL conditions', () => {
    it.each([
      [600_000, 'directorApproval'],
      [500_001, 'directorApproval'],
      [500_000, 'managerApproval'],
      [30_000, 'managerApproval'],
    ])('routes an amount of %d to %s', async (amount, task) => {
      const { runner } = await deploy(routedApproval);
      const started = await runner.start('expense-v1', { amount });
      expect(waitingOn(started)).toEqual([task]);
    });

    it('reports the waiting user task with its ringi attributes', async () => {
      const { runner } = await deploy(routedApproval);
      const started = await runner.start('expense-v1', { amount: 600_000 });
      expect(started).toMatchObject({ ended: false, outcome: null, timers: [], variables: { amount: 600_000 } });
      expect(started.waits).toEqual([
        {
          kind: 'userTask',
          elementId: 'directorApproval',
          executionId: expect.stringMatching(/^directorApproval_/),
          name: '部長決裁',
          ringi: { assignee: { kind: 'post', post: '部長' }, stepKind: 'decide', due: 'P3D', quorum: null },
          loop: null,
          eventName: null,
        },
      ]);
    });

    it('fails the instance instead of taking the default flow when a condition cannot decide', async () => {
      const { runner } = await deploy(routedApproval);
      const started = await runner.start('expense-v1', {});
      expect(started).toMatchObject({
        ended: true,
        waits: [],
        outcome: {
          status: 'failed',
          elementId: 'amountGate',
          message: expect.stringContaining('condition "amount > 500000" evaluated to null, not true or false'),
        },
      });
      await expect(runner.signal(started.state, 'managerApproval')).rejects.toThrow(ProcessNotRunningError);
    });

    it('routes on the output a user task completed with', async () => {
      const { runner } = await deploy(
        bpmnDefinitions(`
          <startEvent id="s"/>${flow('f1', 's', 'review')}<userTask id="review"/>${flow('f2', 'review', 'decision')}
          <exclusiveGateway id="decision"/>
          ${flow('ok', 'decision', 'done', '${approved}')}${flow('back', 'decision', 'review', '= not(approved)')}
          <endEvent id="done"/>`),
      );
      let result = await runner.start('review-v1');
      result = await runner.signal(result.state, 'review', { approved: false, comment: '差戻し' });
      expect(waitingOn(result)).toEqual(['review']);
      result = await runner.signal(result.state, 'review', { approved: true });
      expect(result).toMatchObject({ ended: true, outcome: { status: 'completed', endEvents: ['done'] } });
      expect(result.variables).toEqual({ approved: true, comment: '差戻し' });
    });
  });

  describe('timers', () => {
    const timed = (timer: string) =>
      bpmnDefinitions(
        around(`<intermediateCatchEvent id="wait" name="待機">${timer}</intermediateCatchEvent>`, 'wait'),
      );

    it.each([
      ['timeDuration', 'PT4H', '2026-04-01T13:00:00+09:00', null],
      ['timeDuration', 'P3D', '2026-04-04T09:00:00+09:00', null],
      ['timeDate', '2026-05-07T09:00:00+09:00', '2026-05-07T09:00:00+09:00', null],
      ['timeDate', '2026-03-01T09:00:00+09:00', '2026-03-01T09:00:00+09:00', null],
      ['timeDuration', 'PT0S', '2026-04-01T09:00:00+09:00', null],
    ] as const)(
      'reports a %s of %s due at %s from the injected clock, and parks it even when already due',
      async (kind, value, dueAt, repeat) => {
        const { runner } = await deploy(timed(timerXml(kind, value)));
        const started = await runner.start('timer-v1');
        expect(started.waits).toEqual([]);
        expect(started.timers).toEqual([
          {
            timerId: expect.stringMatching(/^wait_/),
            elementId: 'wait',
            name: '待機',
            kind,
            expression: value,
            dueAt: new Date(dueAt),
            repeat,
            attachedTo: null,
            interrupting: null,
          },
        ]);
        expect(started.ended).toBe(false);
      },
    );

    it('never schedules a real timeout inside the engine', async () => {
      const { runner } = await deploy(timed(timerXml('timeDuration', 'PT1H')));
      const realSetTimeout = globalThis.setTimeout;
      const scheduled: unknown[] = [];
      globalThis.setTimeout = ((...args: Parameters<typeof setTimeout>) => {
        scheduled.push(args[1]);
        return realSetTimeout(...args);
      }) as typeof setTimeout;
      try {
        const started = await runner.start('timer-v1');
        await runner.fireTimer(started.state, started.timers[0].timerId);
      } finally {
        globalThis.setTimeout = realSetTimeout;
      }
      expect(scheduled).toEqual([]);
    });

    it('starts a process from a timer start event when the timer fires', async () => {
      const { runner } = await deploy(
        bpmnDefinitions(`<startEvent id="monthly">${timerXml('timeDate', '2026-04-30T17:00:00+09:00')}</startEvent>${flow('f1', 'monthly', 'close')}
          <userTask id="close"/>${flow('f2', 'close', 'e')}<endEvent id="e"/>`),
      );
      const started = await runner.start('closing-v1');
      expect(started).toMatchObject({
        waits: [],
        timers: [{ elementId: 'monthly', dueAt: new Date('2026-04-30T17:00:00+09:00') }],
      });
      const fired = await runner.fireTimer(started.state, started.timers[0].timerId);
      expect(waitingOn(fired)).toEqual(['close']);
    });

    it('fires a timer only when told, and only once', async () => {
      const { runner } = await deploy(timed(timerXml('timeDuration', 'PT1H')));
      const started = await runner.start('timer-v1');
      await new Promise((resolve) => setTimeout(resolve, 20));
      const recovered = await runner.fireTimer(started.state, started.timers[0].timerId);
      expect(recovered).toMatchObject({
        ended: true,
        timers: [],
        outcome: { status: 'completed', endEvents: ['end'] },
      });
      await expect(runner.fireTimer(recovered.state, started.timers[0].timerId)).rejects.toThrow(
        ProcessNotRunningError,
      );
      await expect(runner.fireTimer(started.state, 'no-such-timer')).rejects.toThrow(UnknownTimerError);
    });

    it('keeps a due time across recoveries instead of recomputing it from a later clock', async () => {
      let now = NOW;
      const { runner } = await deploy(
        bpmnDefinitions(`<startEvent id="s"/>${flow('f1', 's', 'task')}<userTask id="task"/>${flow('f2', 'task', 'e')}<endEvent id="e"/>
          <boundaryEvent id="remind" attachedToRef="task" cancelActivity="false">${timerXml('timeCycle', 'R2/PT1H')}</boundaryEvent>
          ${flow('f3', 'remind', 'sent')}<endEvent id="sent"/>`),
        () => now,
      );
      const started = await runner.start('remind-v1');
      expect(started.timers).toMatchObject([
        {
          elementId: 'remind',
          dueAt: new Date('2026-04-01T10:00:00+09:00'),
          repeat: 2,
          attachedTo: 'task',
          interrupting: false,
        },
      ]);

      now = new Date('2026-04-01T09:30:00+09:00');
      const unrelated = await runner.signal(started.state, 'task');
      expect(unrelated.timers).toEqual([]);

      now = new Date('2026-04-01T10:00:05+09:00');
      const first = await runner.fireTimer(started.state, started.timers[0].timerId);
      expect(waitingOn(first)).toEqual(['task']);
      expect(first.timers).toMatchObject([
        { elementId: 'remind', dueAt: new Date('2026-04-01T11:00:05+09:00'), repeat: 1 },
      ]);
      expect(first.timers[0].timerId).not.toBe(started.timers[0].timerId);

      now = new Date('2026-04-01T10:30:00+09:00');
      const unchanged = await runner.signal(first.state, 'unknown').catch((error: Error) => error);
      expect(unchanged).toBeInstanceOf(UnknownWaitError);

      now = new Date('2026-04-01T11:00:05+09:00');
      const second = await runner.fireTimer(first.state, first.timers[0].timerId);
      expect(second.timers).toEqual([]);
      const done = await runner.signal(second.state, 'task');
      expect(done.outcome).toEqual({ status: 'completed', endEvents: ['sent', 'sent', 'e'] });
    });

    it('interrupts the task a boundary timer is attached to', async () => {
      const { runner } = await deploy(
        bpmnDefinitions(`<startEvent id="s"/>${flow('f1', 's', 'approve')}<userTask id="approve" ringi:due="P3D"/>${flow('f2', 'approve', 'e')}<endEvent id="e"/>
          <boundaryEvent id="overdue" attachedToRef="approve">${timerXml('timeDuration', 'P5D')}</boundaryEvent>
          ${flow('f3', 'overdue', 'escalate')}<userTask id="escalate"/>${flow('f4', 'escalate', 'e')}`),
      );
      const started = await runner.start('escalation-v1');
      expect(started.timers).toMatchObject([{ elementId: 'overdue', attachedTo: 'approve', interrupting: true }]);
      const fired = await runner.fireTimer(started.state, started.timers[0].timerId);
      expect(waitingOn(fired)).toEqual(['escalate']);
      expect(fired.timers).toEqual([]);
    });

    it('lets an event-based gateway wait for a message or a timer, whichever comes first', async () => {
      const { runner } = await deploy(
        bpmnDefinitions(`<startEvent id="s"/>${flow('f1', 's', 'g')}<eventBasedGateway id="g"/>
          ${flow('f2', 'g', 'reply')}${flow('f3', 'g', 'timeout')}
          <intermediateCatchEvent id="reply"><messageEventDefinition messageRef="answer"/></intermediateCatchEvent>
          <intermediateCatchEvent id="timeout">${timerXml('timeDuration', 'P7D')}</intermediateCatchEvent>
          ${flow('f4', 'reply', 'answered')}${flow('f5', 'timeout', 'expired')}<endEvent id="answered"/><endEvent id="expired"/>`).replace(
          '</definitions>',
          '<message id="answer" name="申請者回答"/></definitions>',
        ),
      );
      const started = await runner.start('reply-v1');
      expect(started.waits).toMatchObject([{ kind: 'messageEvent', elementId: 'reply', eventName: '申請者回答' }]);
      expect(started.timers).toMatchObject([{ elementId: 'timeout' }]);

      const answered = await runner.signal(started.state, 'reply', { answer: 'ok' });
      expect(answered).toMatchObject({ timers: [], outcome: { status: 'completed', endEvents: ['answered'] } });
      const expired = await runner.fireTimer(started.state, started.timers[0].timerId);
      expect(expired).toMatchObject({ waits: [], outcome: { status: 'completed', endEvents: ['expired'] } });
    });
  });

  describe('multi-instance user tasks (合議)', () => {
    const consultation = (quorum: string) =>
      bpmnDefinitions(
        around(
          `<userTask id="consult" ringi:stepKind="consult" ringi:assignee="role(finance)"${quorum}>
           <multiInstanceLoopCharacteristics><loopCardinality>= count(sections)</loopCardinality></multiInstanceLoopCharacteristics>
         </userTask>`,
          'consult',
        ),
      );

    it.each([
      ['', 3],
      [' ringi:quorum="all"', 3],
      [' ringi:quorum="2"', 2],
      [' ringi:quorum="any"', 1],
    ])('with%s completes after %d of 3 sections answered', async (quorum, needed) => {
      const { runner } = await deploy(consultation(quorum));
      let result = await runner.start('consult-v1', { sections: ['総務課', '財政課', '契約課'] });
      expect(result.waits.map((wait) => wait.loop)).toEqual(
        [0, 1, 2].map((index) => ({ index, cardinality: 3, sequential: false })),
      );
      for (let answered = 1; answered <= needed; answered += 1) {
        expect(result.ended).toBe(false);
        result = await runner.signal(result.state, result.waits[0].executionId, { agreed: true });
      }
      expect(result).toMatchObject({ ended: true, waits: [], outcome: { status: 'completed', endEvents: ['end'] } });
    });

    it('applies a quorum inside a subprocess', async () => {
      const { runner } = await deploy(
        bpmnDefinitions(
          around(
            `<subProcess id="sub"><startEvent id="subStart"/>${flow('f1', 'subStart', 'consult')}
               <userTask id="consult" ringi:quorum="any"><multiInstanceLoopCharacteristics><loopCardinality>2</loopCardinality></multiInstanceLoopCharacteristics></userTask>
               ${flow('f2', 'consult', 'subEnd')}<endEvent id="subEnd"/></subProcess>`,
            'sub',
          ),
        ),
      );
      const started = await runner.start('consult-v1');
      expect(waitingOn(started)).toEqual(['consult', 'consult']);
      const answered = await runner.signal(started.state, started.waits[1].executionId);
      expect(answered.outcome).toEqual({ status: 'completed', endEvents: ['subEnd', 'end'] });
    });

    it('needs an execution id to tell the iterations apart', async () => {
      const { runner } = await deploy(consultation(''));
      const started = await runner.start('consult-v1', { sections: ['a', 'b'] });
      await expect(runner.signal(started.state, 'consult')).rejects.toThrow('"consult" waits 2 times (multi-instance)');
    });
  });

  describe('waits other than user tasks', () => {
    it('waits at a message start event, then runs parallel branches to their join', async () => {
      const { runner } = await deploy(
        bpmnDefinitions(`<startEvent id="received"><messageEventDefinition/></startEvent>${flow('f1', 'received', 'fork')}
          <parallelGateway id="fork"/>${flow('f2', 'fork', 'legal')}${flow('f3', 'fork', 'budget')}
          <userTask id="legal"/><manualTask id="budget"/>${flow('f4', 'legal', 'join')}${flow('f5', 'budget', 'join')}
          <parallelGateway id="join"/>${flow('f6', 'join', 'filed')}<receiveTask id="filed"/>${flow('f7', 'filed', 'e')}<endEvent id="e"/>`),
      );
      let result = await runner.start('intake-v1');
      expect(result.waits).toMatchObject([{ kind: 'messageEvent', elementId: 'received', eventName: null }]);
      result = await runner.signal(result.state, 'received');
      expect(result.waits.map((wait) => [wait.kind, wait.elementId]).sort()).toEqual([
        ['manualTask', 'budget'],
        ['userTask', 'legal'],
      ]);
      result = await runner.signal(result.state, 'legal');
      expect(waitingOn(result)).toEqual(['budget']);
      result = await runner.signal(result.state, 'budget');
      expect(result.waits).toMatchObject([{ kind: 'receiveTask', elementId: 'filed' }]);
      result = await runner.signal(result.state, 'filed');
      expect(result.outcome).toEqual({ status: 'completed', endEvents: ['e'] });
    });

    it('waits at a signal start event', async () => {
      const { runner } = await deploy(
        bpmnDefinitions(
          `<startEvent id="go"><signalEventDefinition signalRef="fiscalYearEnd"/></startEvent>${flow('f1', 'go', 'e')}<endEvent id="e"/>`,
        ).replace('</definitions>', '<signal id="fiscalYearEnd" name="年度末"/></definitions>'),
      );
      const started = await runner.start('year-end-v1');
      expect(started.waits).toMatchObject([{ kind: 'signalEvent', elementId: 'go', eventName: '年度末' }]);
      expect((await runner.signal(started.state, 'go')).outcome).toEqual({ status: 'completed', endEvents: ['e'] });
    });

    it('ends every branch at a terminate end event', async () => {
      const { runner } = await deploy(
        bpmnDefinitions(`<startEvent id="s"/>${flow('f1', 's', 'fork')}<parallelGateway id="fork"/>${flow('f2', 'fork', 'slow')}${flow('f3', 'fork', 'quick')}
          <userTask id="slow"/>${flow('f4', 'slow', 'e')}<endEvent id="e"/>
          <userTask id="quick"/>${flow('f5', 'quick', 'stop')}<endEvent id="stop"><terminateEventDefinition/></endEvent>`),
      );
      const started = await runner.start('terminate-v1');
      const terminated = await runner.signal(started.state, 'quick');
      expect(terminated).toMatchObject({
        ended: true,
        waits: [],
        outcome: { status: 'completed', endEvents: ['stop'] },
      });
    });

    it('reaches into subprocesses and catches their errors on the boundary', async () => {
      const { runner } = await deploy(
        bpmnDefinitions(`<startEvent id="s"/>${flow('f1', 's', 'sub')}
          <subProcess id="sub"><startEvent id="subStart"/>${flow('f2', 'subStart', 'check')}<userTask id="check"/>${flow('f3', 'check', 'valid')}
            <exclusiveGateway id="valid" default="fine"/>${flow('bad', 'valid', 'fail', 'not(complete)')}${flow('fine', 'valid', 'subEnd')}
            <endEvent id="fail"><errorEventDefinition errorRef="incomplete"/></endEvent><endEvent id="subEnd"/>
          </subProcess>
          <boundaryEvent id="rejected" attachedToRef="sub"><errorEventDefinition errorRef="incomplete"/></boundaryEvent>
          ${flow('f4', 'sub', 'accepted')}${flow('f5', 'rejected', 'returned')}<endEvent id="accepted"/><endEvent id="returned"/>`).replace(
          '</definitions>',
          '<error id="incomplete" errorCode="INCOMPLETE"/></definitions>',
        ),
      );
      const started = await runner.start('intake-v1');
      expect(waitingOn(started)).toEqual(['check']);
      const rejected = await runner.signal(started.state, 'check', { complete: false });
      expect(rejected.outcome).toEqual({ status: 'completed', endEvents: ['fail', 'returned'] });
      const accepted = await runner.signal(started.state, 'check', { complete: true });
      expect(accepted.outcome).toEqual({ status: 'completed', endEvents: ['subEnd', 'accepted'] });
    });
  });

  describe('instances', () => {
    it('cancels an instance that is withdrawn', async () => {
      const { runner } = await deploy(routedApproval);
      const started = await runner.start('expense-v1', { amount: 1 });
      const cancelled = await runner.cancel(started.state);
      expect(cancelled).toMatchObject({ ended: true, waits: [], timers: [], outcome: { status: 'cancelled' } });
      await expect(runner.signal(cancelled.state, 'managerApproval')).rejects.toThrow(ProcessNotRunningError);
    });

    it('refuses to signal what the instance does not wait on', async () => {
      const { runner } = await deploy(routedApproval);
      const started = await runner.start('expense-v1', { amount: 1 });
      await expect(runner.signal(started.state, 'directorApproval')).rejects.toThrow(UnknownWaitError);
      await expect(runner.signal('{"format":"something else"}', 'managerApproval')).rejects.toThrow(
        InvalidRunnerStateError,
      );
      await expect(runner.signal('not json', 'managerApproval')).rejects.toThrow(InvalidRunnerStateError);
    });

    it('stores the state without the definition and takes the context from the cache, loading it once', async () => {
      const { runner, cache, loads } = await deploy(routedApproval);
      const first = await runner.start('expense-v1', { amount: 1 });
      const second = await runner.start('expense-v1', { amount: 1_000_000 });
      expect(loads()).toBe(1);
      expect(cache.stats).toEqual({ hits: 1, misses: 1, size: 1 });

      const stored = JSON.parse(first.state);
      expect(stored).toMatchObject({ format: 'ringi-run/1', definitionId: 'expense-v1', status: 'running' });
      expect(stored.engine.definitions[0].source).toBeUndefined();

      const done = await runner.signal(first.state, 'managerApproval');
      expect(done.outcome).toEqual({ status: 'completed', endEvents: ['approved'] });
      expect(waitingOn(second)).toEqual(['directorApproval']);
      expect(loads()).toBe(1);
      // A kept engine needs no context: only recovering asks the cache again.
      expect(cache.stats).toEqual({ hits: liveEngines === 0 ? 2 : 1, misses: 1, size: 1 });
    });

    it('keeps instances that share a cached context apart', async () => {
      const { runner } = await deploy(routedApproval);
      const [small, large] = await Promise.all([
        runner.start('expense-v1', { amount: 1 }),
        runner.start('expense-v1', { amount: 900_000 }),
      ]);
      const [smallDone, largeDone] = await Promise.all([
        runner.signal(small.state, 'managerApproval'),
        runner.signal(large.state, 'directorApproval'),
      ]);
      expect(smallDone.variables).toEqual({ amount: 1 });
      expect(largeDone.variables).toEqual({ amount: 900_000 });
      expect([smallDone.outcome, largeDone.outcome]).toEqual([
        { status: 'completed', endEvents: ['approved'] },
        { status: 'completed', endEvents: ['approved'] },
      ]);
    });

    it('recovers an instance in a runner that has never seen the definition', async () => {
      const first = await deploy(routedApproval);
      const started = await first.runner.start('expense-v1', { amount: 1 });
      const elsewhere = await deploy(routedApproval);
      const done = await elsewhere.runner.signal(started.state, 'managerApproval');
      expect(done.outcome).toEqual({ status: 'completed', endEvents: ['approved'] });
      expect(elsewhere.loads()).toBe(1);
    });
  });
});

describe('ProcessRunner: the engines it keeps', () => {
  const twoSteps = bpmnDefinitions(`
    <startEvent id="drafted"/>
    ${flow('toChief', 'drafted', 'chief')}
    <userTask id="chief" name="係長" ringi:assignee="post(係長)" ringi:stepKind="approve"/>
    ${flow('toManager', 'chief', 'manager')}
    <userTask id="manager" name="課長" ringi:assignee="post(課長)" ringi:stepKind="decide"/>
    ${flow('done', 'manager', 'approved')}
    <endEvent id="approved"/>`);

  let resumes: jest.SpiedFunction<EngineRun['resume']>;
  beforeEach(() => {
    liveEngines = 2;
    resumes = jest.spyOn(EngineRun.prototype, 'resume');
  });
  afterEach(() => {
    resumes.mockRestore();
    liveEngines = 0;
  });

  it('takes the engine left waiting at exactly the state it is given, instead of recovering one', async () => {
    const { runner } = await deploy(twoSteps);
    const started = await runner.start('two-v1', {});
    const chief = await runner.signal(started.state, 'chief');
    expect(waitingOn(chief)).toEqual(['manager']);
    expect((await runner.signal(chief.state, 'manager')).outcome).toEqual({
      status: 'completed',
      endEvents: ['approved'],
    });
    expect(resumes).not.toHaveBeenCalled();
  });

  it('recovers a state it has moved on from, as after a rolled-back step, with the same result', async () => {
    const { runner } = await deploy(twoSteps);
    const started = await runner.start('two-v1', {});
    const first = await runner.signal(started.state, 'chief');
    const again = await runner.signal(started.state, 'chief');
    expect(resumes).toHaveBeenCalledTimes(1);
    expect(waitingOn(again)).toEqual(waitingOn(first));
    // Each of the two engines now stands at its own state and goes on from it.
    expect((await runner.signal(first.state, 'manager')).ended).toBe(true);
    expect((await runner.signal(again.state, 'manager')).ended).toBe(true);
    expect(resumes).toHaveBeenCalledTimes(1);
  });

  it('keeps no more engines than it is allowed, dropping the oldest', async () => {
    const { runner } = await deploy(twoSteps);
    const [a, b, c] = [
      await runner.start('two-v1', {}),
      await runner.start('two-v1', {}),
      await runner.start('two-v1', {}),
    ];
    await runner.signal(c.state, 'chief');
    await runner.signal(b.state, 'chief');
    expect(resumes).not.toHaveBeenCalled();
    await runner.signal(a.state, 'chief');
    expect(resumes).toHaveBeenCalledTimes(1);
  });

  it('gives an engine back only after a call that succeeded', async () => {
    const { runner } = await deploy(twoSteps);
    const started = await runner.start('two-v1', {});
    await expect(runner.signal(started.state, 'manager')).rejects.toThrow(UnknownWaitError);
    expect(waitingOn(await runner.signal(started.state, 'chief'))).toEqual(['manager']);
    expect(resumes).toHaveBeenCalledTimes(1);
  });
});
