import { AuditTrail } from '@ringi/auth';
import { TimerService, WorkflowTimer } from '@ringi/workflow';
import { startTestApp, type TestApp } from './support/test-app';

describe('workflow timers fire exactly once (e2e)', () => {
  let first: TestApp;
  let second: TestApp;

  /** A handler whose work is an audit row, so double firing would show as two rows. */
  function register(t: TestApp, failFor = new Set<number>()) {
    const audit = t.app.get(AuditTrail);
    t.app.get(TimerService).registerHandler('test-reminder', async (timer) => {
      if (failFor.has(timer.id)) throw new Error('mail server down');
      await audit.record({
        action: 'test.timer.fired',
        targetType: 'timer',
        targetId: timer.id,
        actor: { userId: null, name: 'system' },
      });
    });
  }

  // One Node process holding two synchronous SQLite connections would block itself on the file
  // lock, so on SQLite the two "processes" take turns; on MariaDB they really race.
  const race = <T>(calls: Array<() => Promise<T>>): Promise<T[]> =>
    process.env.DATABASE_URL
      ? Promise.all(calls.map((c) => c()))
      : calls.reduce<Promise<T[]>>(async (acc, c) => [...(await acc), await c()], Promise.resolve([]));

  const firings = async (t: TestApp): Promise<number[]> =>
    (await t.dataSource.query(`SELECT targetId FROM audit_event WHERE action = 'test.timer.fired'`)).map(
      (r: { targetId: string }) => Number(r.targetId),
    );

  beforeAll(async () => {
    first = await startTestApp({ now: '2026-04-01T00:00:00Z' });
    second = await startTestApp({ database: first.database, now: '2026-04-01T00:00:00Z' });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('fires each due timer once when two API processes poll at the same moment, and none early', async () => {
    register(first);
    register(second);
    const timers = first.app.get(TimerService);
    const ids = await first.dataSource.transaction(async (em) => {
      const rows = [];
      for (let i = 0; i < 20; i++) {
        rows.push(
          await timers.schedule(em, {
            kind: 'test-reminder',
            dueAt: new Date(`2026-04-01T0${i < 15 ? 0 : 9}:00:00Z`),
            payload: { i },
          }),
        );
      }
      return rows.map((r) => r.id);
    });
    const results = await race([
      () => first.app.get(TimerService).fireDue(),
      () => second.app.get(TimerService).fireDue(),
      () => first.app.get(TimerService).fireDue(),
      () => second.app.get(TimerService).fireDue(),
    ]);
    expect(results.reduce((n, r) => n + r.fired, 0)).toBe(15);
    const fired = await firings(first);
    expect(fired.sort((a, b) => a - b)).toEqual(ids.slice(0, 15));

    // The five later ones fire when their time comes, still once each.
    first.clock.set('2026-04-01T09:00:00Z');
    second.clock.set('2026-04-01T09:00:00Z');
    await race([() => first.app.get(TimerService).fireDue(), () => second.app.get(TimerService).fireDue()]);
    expect((await firings(first)).sort((a, b) => a - b)).toEqual(ids);
  });

  it('leaves a timer whose handler failed unfired, and retries it once the claim has expired', async () => {
    const failing = new Set<number>();
    const third = await startTestApp({ database: first.database, now: '2026-04-02T00:00:00Z' });
    try {
      register(third, failing);
      const timers = third.app.get(TimerService);
      const timer = await third.dataSource.transaction((em) =>
        timers.schedule(em, { kind: 'test-reminder', dueAt: new Date('2026-04-02T00:00:00Z') }),
      );
      failing.add(timer.id);
      expect(await timers.fireDue()).toEqual({ fired: 0, failed: 1 });
      const stored = await third.dataSource.getRepository(WorkflowTimer).findOneByOrFail({ id: timer.id });
      expect(stored).toMatchObject({ firedAt: null, attempts: 1, lastError: 'mail server down' });

      failing.delete(timer.id);
      expect(await timers.fireDue()).toEqual({ fired: 0, failed: 0 }); // still claimed
      third.clock.advance(61_000);
      expect(await timers.fireDue()).toEqual({ fired: 1, failed: 0 });
      expect((await firings(third)).filter((id) => id === timer.id)).toHaveLength(1);
    } finally {
      await third.close();
    }
  });

  it('keeps timers across a restart: a new process fires what the old one left', async () => {
    const timers = first.app.get(TimerService);
    const timer = await first.dataSource.transaction((em) =>
      timers.schedule(em, { kind: 'test-reminder', dueAt: new Date('2026-04-03T00:00:00Z') }),
    );
    const restarted = await startTestApp({ database: first.database, now: '2026-04-03T00:00:01Z' });
    try {
      register(restarted);
      expect(await restarted.app.get(TimerService).fireDue()).toEqual({ fired: 1, failed: 0 });
      expect((await firings(restarted)).filter((id) => id === timer.id)).toHaveLength(1);
    } finally {
      await restarted.close();
    }
  });

  it('never fires a cancelled timer', async () => {
    const timers = first.app.get(TimerService);
    first.clock.set('2026-04-04T00:00:00Z');
    const timer = await first.dataSource.transaction(async (em) => {
      const row = await timers.schedule(em, {
        kind: 'test-reminder',
        taskId: 999,
        dueAt: new Date('2026-04-04T00:00:00Z'),
      });
      await timers.cancelForTask(em, 999);
      return row;
    });
    await timers.fireDue();
    expect((await firings(first)).includes(timer.id)).toBe(false);
  });
});
