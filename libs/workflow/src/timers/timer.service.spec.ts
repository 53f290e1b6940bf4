import { startTestApp, type TestApp } from '../../../../test/support/test-app';
import { TimerService } from './timer.service';
import { WorkflowTimer } from './workflow-timer.entity';

describe('TimerService.scheduleAll (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('stores several timers in one INSERT and gives each row the id the database generated', async () => {
    const timers = t.app.get(TimerService);
    const dueAt = new Date('2026-04-02T00:00:00Z');
    const rows = await t.dataSource.transaction(async (em) => {
      await timers.schedule(em, { kind: 'test-single', dueAt });
      return timers.scheduleAll(
        em,
        [1, 2, 3].map((n) => ({ kind: 'test-batch', dueAt, payload: { n } })),
      );
    });
    const stored = await t.dataSource
      .getRepository(WorkflowTimer)
      .find({ where: { kind: 'test-batch' }, order: { id: 'ASC' } });
    expect(rows.map((r) => [r.id, r.payload])).toEqual(stored.map((r) => [r.id, r.payload]));
    expect(await timers.scheduleAll(t.dataSource.manager, [])).toEqual([]);
  });
});
