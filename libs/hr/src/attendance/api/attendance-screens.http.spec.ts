import { UserAccount } from '@ringi/auth';
import { seedDemoCity } from '../../../../../seeds/demo-city';
import { startTestApp, type TestApp } from '../../../../../test/support/test-app';
import { WorkflowClient } from '../../../../../test/support/workflow-client';

const jst = (date: string, time: string) => `${date}T${time}:00+09:00`;

/** The reads the attendance screens need beyond the core API: a case behind an inbox task, limits, proxy staff. */
describe('attendance screens’ API (e2e)', () => {
  let t: TestApp;
  let wf: WorkflowClient;
  const staffIdOf = async (username: string) =>
    (await t.dataSource.getRepository(UserAccount).findOneByOrFail({ username })).staffId!;

  beforeAll(async () => {
    t = await startTestApp({ now: jst('2026-04-06', '09:00') });
    await seedDemoCity(t.dataSource);
    wf = new WorkflowClient(t);
  });
  afterAll(() => t.close());

  it('tells the main screen today’s date by the server’s clock and the day a punch would act on', async () => {
    expect((await wf.get('/api/attendance/today', 'kacho1')).body).toEqual({ date: '2026-04-06', record: null });
    await wf.post('/api/attendance/clock-in', 'kacho1');
    t.clock.set(jst('2026-04-07', '00:30'));
    const open = await wf.get('/api/attendance/today', 'kacho1');
    expect(open.body).toMatchObject({ date: '2026-04-07', record: { workDate: '2026-04-06', clockOutAt: null } });
    t.clock.set(jst('2026-04-06', '09:00'));
  });

  it('shows the leave request behind the supervisor’s task, to them and not to others', async () => {
    const request = await wf.post('/api/attendance/leave/requests', 'staff1', {
      kindCode: 'annual',
      unit: 'day',
      startDate: '2026-04-09',
      endDate: '2026-04-09',
      reason: '私用のため',
    });
    expect(request.status).toBe(201);
    const task = await wf.taskOf('kakaricho1', request.body.instanceId);
    const detail = await wf.get(`/api/workflow/tasks/${task.id}`, 'kakaricho1');
    expect(detail.body.businessLink).toBe(`/staff/attendance/leave-request/${request.body.id}`);
    const shown = await wf.get(`/api/attendance/cases/leave-request/${request.body.id}`, 'kakaricho1');
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({
      process: 'leave-request',
      staffId: await staffIdOf('staff1'),
      kindName: '年次有給休暇',
      leave: { startDate: '2026-04-09', status: 'pending' },
    });
    expect(shown.body.staffName).not.toBe('');
    expect((await wf.get(`/api/attendance/cases/leave-request/${request.body.id}`, 'permit1')).status).toBe(403);
    expect((await wf.get(`/api/attendance/cases/no-such-process/1`, 'staff1')).status).toBe(404);
    expect((await wf.get(`/api/attendance/cases/leave-request/999999`, 'staff1')).status).toBe(404);
    expect((await wf.get(`/api/attendance/cases/leave-request/x`, 'staff1')).status).toBe(400);
  });

  it('warns the supervisor before ordering overtime near a limit, and says when an order needs the extra approval', async () => {
    const staff1 = await staffIdOf('staff1');
    const assess = (minutes: number, who = 'kakaricho1') =>
      wf.get(
        `/api/attendance/overtime-orders/assessment?staffId=${staff1}&workDate=2026-04-08&minutes=${minutes}`,
        who,
      );
    expect((await assess(60)).body).toEqual([]);
    for (const workDate of ['2026-04-07', '2026-04-08', '2026-04-09']) {
      const order = { staffId: staff1, workDate, plannedMinutes: 12 * 60, task: '議会答弁資料の作成' };
      expect((await wf.post('/api/attendance/overtime-orders', 'kakaricho1', order)).status).toBe(201);
    }
    expect((await assess(60)).body).toMatchObject([{ limit: 'monthly', level: 'warning', value: 37 * 60 }]);
    expect((await assess(10 * 60)).body).toMatchObject([{ limit: 'monthly', level: 'exceeded', max: 45 * 60 }]);
    expect((await assess(60, 'staff1')).status).toBe(403);
    expect((await assess(-1)).status).toBe(400);
  });

  it('lets HR set up a night shift across midnight, and only as such', async () => {
    const night = {
      code: 'night-22-7',
      name: '夜勤（22:00〜翌7:00）',
      kind: 'nightShift',
      startTime: '22:00',
      endTime: '07:00',
      breaks: [{ from: '02:00', to: '03:00' }],
      workDays: '1234567',
    };
    const created = await wf.post('/api/attendance/patterns', 'jinji1', night);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'nightShift', dailyMinutes: 480, daysPerWeek: 7 });
    const sameDay = await wf.post('/api/attendance/patterns', 'jinji1', { ...night, code: 'x', endTime: '23:00' });
    expect(sameDay.status).toBe(400);
    expect(sameDay.body.errors[0].field).toBe('endTime');
    expect((await wf.post('/api/attendance/patterns', 'jinji1', { ...night, code: 'y', kind: 'evening' })).status).toBe(
      400,
    );
  });

  it('lists the staff of the 庶務担当’s section for proxy entry, to them only', async () => {
    const listed = await wf.get('/api/attendance/proxy/staff', 'staff1');
    expect(listed.status).toBe(200);
    expect(listed.body.map((s: { staffId: number }) => s.staffId)).toContain(await staffIdOf('kacho1'));
    expect((await wf.get('/api/attendance/proxy/staff', 'kakaricho1')).status).toBe(403);
  });
});
