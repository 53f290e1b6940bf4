import { AuditEvent, UserAccount } from '@ringi/auth';
import { OrgUnit } from '@ringi/hr';
import { seedDemoCity } from '../seeds/demo-city';
import { startTestApp, type TestApp } from './support/test-app';
import { WorkflowClient } from './support/workflow-client';

const jst = (date: string, time: string) => `${date}T${time}:00+09:00`;

/** Attendance on the demo city: clocking, proxy entry, 打刻修正, leave, overtime limits. */
describe('attendance (e2e)', () => {
  let t: TestApp;
  let wf: WorkflowClient;
  const staffIdOf = async (username: string) =>
    (await t.dataSource.getRepository(UserAccount).findOneByOrFail({ username })).staffId!;
  const at = (date: string, time: string) => t.clock.set(jst(date, time));
  const put = async (url: string, who: string, body: object) =>
    t
      .on('lgwan')
      .put(url)
      .set('Authorization', `Bearer ${await wf.token(who)}`)
      .send(body);

  beforeAll(async () => {
    t = await startTestApp({ now: jst('2026-04-06', '08:25') });
    await seedDemoCity(t.dataSource);
    wf = new WorkflowClient(t);
  });
  afterAll(() => t.close());

  it('clocks in and out with the button; a second clock-in is refused', async () => {
    at('2026-04-06', '08:25');
    const clockIn = await wf.post('/api/attendance/clock-in', 'staff1');
    expect(clockIn.status).toBe(200);
    expect(clockIn.body).toMatchObject({ workDate: '2026-04-06', clockInSource: 'self' });
    expect((await wf.post('/api/attendance/clock-in', 'staff1')).status).toBe(409);
    at('2026-04-06', '19:15');
    expect((await wf.post('/api/attendance/clock-out', 'staff1')).status).toBe(200);
    const sheet = await wf.get('/api/attendance/months/2026-04', 'staff1');
    expect(sheet.status).toBe(200);
    const day = sheet.body.days.find((d: { date: string }) => d.date === '2026-04-06');
    expect(day.split).toEqual({ regular: 465, weekdayOvertime: 125, holidayWork: 0, lateNight: 0 });
  });

  it('ends the day before with a clock-out past midnight, late-night minutes split out', async () => {
    at('2026-04-14', '08:30');
    await wf.post('/api/attendance/clock-in', 'kacho1');
    at('2026-04-15', '00:30');
    const out = await wf.post('/api/attendance/clock-out', 'kacho1');
    expect(out.body).toMatchObject({ workDate: '2026-04-14', clockOutAt: '2026-04-14T15:30:00.000Z' });
    const sheet = await wf.get('/api/attendance/months/2026-04', 'kacho1');
    const day = sheet.body.days.find((d: { date: string }) => d.date === '2026-04-14');
    expect(day.split).toEqual({ regular: 465, weekdayOvertime: 435, holidayWork: 0, lateNight: 150 });
  });

  it('IC-card readers clock by card id only, first touch in, next out', async () => {
    at('2026-04-06', '08:29');
    const first = await wf.post('/api/attendance/card-punches', 'card-reader-1', { cardId: 'DEMO-CARD-100005' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ kind: 'in', clockInSource: 'card', staffId: await staffIdOf('kakaricho1') });
    at('2026-04-06', '17:30');
    const second = await wf.post('/api/attendance/card-punches', 'card-reader-1', { cardId: 'DEMO-CARD-100005' });
    expect(second.body).toMatchObject({ kind: 'out', clockOutSource: 'card' });
    expect((await wf.post('/api/attendance/card-punches', 'card-reader-1', { cardId: 'NO-SUCH-CARD' })).status).toBe(
      404,
    );
    // The reader is a device: nothing but card punches, and staff cannot clock others in by card.
    expect((await wf.post('/api/attendance/clock-in', 'card-reader-1')).status).toBe(403);
    expect((await wf.get('/api/org/units', 'card-reader-1')).status).toBe(403);
    expect((await wf.get('/api/workflow/tasks', 'card-reader-1')).status).toBe(403);
    expect((await wf.post('/api/attendance/card-punches', 'staff1', { cardId: 'DEMO-CARD-100005' })).status).toBe(403);
  });

  it('lets the section 庶務担当 enter for a member (recorded as proxy), nobody else', async () => {
    const kacho = await staffIdOf('kacho1');
    const entry = await put(`/api/attendance/staff/${kacho}/days/2026-04-03`, 'staff1', {
      clockInAt: jst('2026-04-03', '08:30'),
      clockOutAt: jst('2026-04-03', '17:15'),
    });
    expect(entry.status).toBe(200);
    expect(entry.body).toMatchObject({ clockInSource: 'proxy', clockOutSource: 'proxy' });
    const permit = await staffIdOf('permit1');
    const elsewhere = await put(`/api/attendance/staff/${permit}/days/2026-04-03`, 'staff1', {
      clockInAt: jst('2026-04-03', '08:30'),
    });
    expect(elsewhere.status).toBe(403);
    const notClerk = await put(`/api/attendance/staff/${kacho}/days/2026-04-03`, 'kakaricho1', {
      clockInAt: jst('2026-04-03', '08:30'),
    });
    expect(notClerk.status).toBe(403);
  });

  it('flags a missing clock-out; the supervisor approves the 打刻修正 and it is applied', async () => {
    at('2026-04-07', '08:31');
    await wf.post('/api/attendance/clock-in', 'staff1');
    at('2026-04-08', '09:00');
    const sheet = await wf.get('/api/attendance/months/2026-04', 'staff1');
    const day = sheet.body.days.find((d: { date: string }) => d.date === '2026-04-07');
    expect(day.flags).toEqual(['missingClockOut']);
    const request = await wf.post('/api/attendance/corrections', 'staff1', {
      workDate: '2026-04-07',
      clockOutAt: jst('2026-04-07', '17:20'),
      reason: '退勤の打刻を忘れたため',
    });
    expect(request.status).toBe(201);
    expect(request.body.status).toBe('pending');
    await wf.act('kakaricho1', request.body.instanceId);
    const after = await wf.get('/api/attendance/months/2026-04', 'staff1');
    const fixed = after.body.days.find((d: { date: string }) => d.date === '2026-04-07');
    expect(fixed).toMatchObject({ clockOutSource: 'correction', flags: [] });
    const corrections = await wf.get('/api/attendance/corrections?month=2026-04', 'staff1');
    expect(corrections.body[0].status).toBe('approved');
  });

  it('grants annual leave with carry-over and caps hour leave at 5 days a year with a clear 422', async () => {
    const balances = await wf.get('/api/attendance/leave/balances', 'staff1');
    expect(balances.status).toBe(200);
    const annual = balances.body.find((b: { kindCode: string }) => b.kindCode === 'annual');
    expect(annual).toMatchObject({ grantedMinutes: 20 * 480, carriedMinutes: 20 * 480, available: '40日' });
    expect(annual.hourLeaveCapMinutes).toBe(40 * 60);
    const hourLeave = (date: string, hours: number) =>
      wf.post('/api/attendance/leave/requests', 'staff1', {
        kindCode: 'annual',
        unit: 'hour',
        startDate: date,
        endDate: date,
        startTime: '09:30',
        hours,
        reason: '通院',
      });
    for (const date of ['2026-05-11', '2026-05-12', '2026-05-13', '2026-05-14', '2026-05-15']) {
      expect((await hourLeave(date, 7)).status).toBe(201);
    }
    const refused = await hourLeave('2026-05-18', 6);
    expect(refused.status).toBe(422);
    expect(refused.body.message).toBe('時間単位の年次有給休暇は年40時間（5日分）までです。この期間の残りは5時間です。');
    expect((await hourLeave('2026-05-18', 5)).status).toBe(201);
  });

  it('sets up a fiscal-year staff member: own pattern, profile, proportional grant by service anniversary', async () => {
    const person = await staffIdOf('kaikei1');
    const pattern = await wf.post('/api/attendance/patterns', 'jinji1', {
      code: 'fy-3days-5h',
      name: '会計年度任用職員（週3日・9:00〜15:00）',
      kind: 'fiscalYear',
      startTime: '09:00',
      endTime: '15:00',
      breaks: [{ from: '12:00', to: '13:00' }],
      workDays: '135',
    });
    expect(pattern.status).toBe(201);
    expect(pattern.body).toMatchObject({ dailyMinutes: 300, daysPerWeek: 3 });
    const bad = await wf.post('/api/attendance/patterns', 'jinji1', {
      code: 'bad',
      name: '誤り',
      kind: 'shift',
      startTime: '17:00',
      endTime: '09:00',
      breaks: [],
      workDays: '1',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('endTime');
    const profile = { employment: 'fiscalYear', serviceStartDate: '2025-10-01' };
    expect((await put(`/api/attendance/staff/${person}/profile`, 'staff1', profile)).status).toBe(403);
    expect((await put(`/api/attendance/staff/${person}/profile`, 'jinji1', profile)).status).toBe(200);
    const assignment = { patternCode: 'fy-3days-5h', startDate: '2025-10-01' };
    expect((await put(`/api/attendance/staff/${person}/pattern`, 'jinji1', assignment)).status).toBe(200);
    const balances = await wf.get(`/api/attendance/leave/balances?staffId=${person}`, 'jinji1');
    // Six months after 2025-10-01, three days a week: 5 days of 5 hours (比例付与), until the next anniversary.
    expect(balances.body.find((b: { kindCode: string }) => b.kindCode === 'annual')).toMatchObject({
      periodStart: '2026-04-01',
      periodEnd: '2027-03-31',
      dayMinutes: 300,
      grantedMinutes: 5 * 300,
      carriedMinutes: 0,
      hourLeaveCapMinutes: 25 * 60,
    });
    expect((await wf.get(`/api/attendance/leave/balances?staffId=${person}`, 'staff1')).status).toBe(403);
  });

  it('routes leave to the supervisor: approval consumes the balance, rejection releases it', async () => {
    const request = (startDate: string, endDate: string) =>
      wf.post('/api/attendance/leave/requests', 'staff1', {
        kindCode: 'annual',
        unit: 'day',
        startDate,
        endDate,
        reason: '私用のため',
      });
    const approved = await request('2026-04-20', '2026-04-21');
    expect(approved.status).toBe(201);
    expect(approved.body).toMatchObject({ days: 2, minutes: 960, status: 'pending' });
    expect((await request('2026-04-21', '2026-04-21')).status).toBe(409);
    await wf.act('kakaricho1', approved.body.instanceId);
    const rejected = await request('2026-04-22', '2026-04-22');
    await wf.act('kakaricho1', rejected.body.instanceId, 'reject');
    const list = await wf.get('/api/attendance/leave/requests?month=2026-04', 'staff1');
    expect(list.body.map((r: { status: string }) => r.status)).toEqual(['approved', 'rejected']);
    const annual = (await wf.get('/api/attendance/leave/balances', 'staff1')).body.find(
      (b: { kindCode: string }) => b.kindCode === 'annual',
    );
    expect(annual).toMatchObject({ usedMinutes: 960, pendingMinutes: 40 * 60 });
  });

  it('releases the reserved days when the request is withdrawn (取下げ)', async () => {
    const annual = async () =>
      (await wf.get('/api/attendance/leave/balances', 'staff1')).body.find(
        (b: { kindCode: string }) => b.kindCode === 'annual',
      );
    const before = await annual();
    const request = await wf.post('/api/attendance/leave/requests', 'staff1', {
      kindCode: 'annual',
      unit: 'halfDay',
      half: 'pm',
      startDate: '2026-06-02',
      endDate: '2026-06-02',
      reason: '私用のため',
    });
    expect(request.body).toMatchObject({ minutes: 240, startTime: '13:00' });
    expect((await annual()).pendingMinutes).toBe(before.pendingMinutes + 240);
    const withdrawn = await wf.post(`/api/workflow/instances/${request.body.instanceId}/withdraw`, 'staff1');
    expect(withdrawn.status).toBe(200);
    expect((await annual()).pendingMinutes).toBe(before.pendingMinutes);
    const list = await wf.get('/api/attendance/leave/requests?month=2026-06', 'staff1');
    expect(list.body.find((r: { id: number }) => r.id === request.body.id).status).toBe('withdrawn');
  });

  it('enforces the rules of special leave kinds', async () => {
    const summer = (startDate: string, endDate: string, who = 'kakaricho1') =>
      wf.post('/api/attendance/leave/requests', who, {
        kindCode: 'summer',
        unit: 'day',
        startDate,
        endDate,
        reason: '夏季休暇',
      });
    expect((await summer('2026-06-29', '2026-06-29')).status).toBe(400);
    expect((await summer('2026-07-06', '2026-07-10')).status).toBe(201);
    const none = await summer('2026-07-13', '2026-07-13');
    expect(none.status).toBe(422);
    expect(none.body.message).toContain('夏季休暇の残りが足りません');
    const bereavement = await wf.post('/api/attendance/leave/requests', 'staff1', {
      kindCode: 'bereavement',
      unit: 'day',
      startDate: '2026-06-01',
      endDate: '2026-06-10',
      reason: '忌引',
    });
    expect(bereavement.status).toBe(422);
    expect(bereavement.body.message).toBe('忌引休暇（慶弔）は1回の申請で7日までです。');
  });

  it('of two concurrent requests for the last day, exactly one succeeds', async () => {
    const request = (date: string) =>
      wf.post('/api/attendance/leave/requests', 'kacho1', {
        kindCode: 'summer',
        unit: 'day',
        startDate: date,
        endDate: date,
        reason: '夏季休暇',
      });
    expect(
      (
        await wf.post('/api/attendance/leave/requests', 'kacho1', {
          kindCode: 'summer',
          unit: 'day',
          startDate: '2026-08-03',
          endDate: '2026-08-06',
          reason: '夏季休暇',
        })
      ).status,
    ).toBe(201);
    const results = await Promise.all([request('2026-08-10'), request('2026-08-12')]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 422]);
  });

  it('orders overtime, warns near a limit, needs a reason and the 課長 past it, and splits the actual hours', async () => {
    const staff1 = await staffIdOf('staff1');
    at('2026-04-06', '10:00');
    const order = (workDate: string, plannedMinutes: number, excessReason?: string) =>
      wf.post('/api/attendance/overtime-orders', 'kakaricho1', {
        staffId: staff1,
        workDate,
        plannedMinutes,
        task: '議会答弁資料の作成',
        ...(excessReason ? { excessReason } : {}),
      });
    const first = await order('2026-04-06', 150);
    expect(first.status).toBe(201);
    expect(first.body.findings).toEqual([]);
    expect(
      (
        await wf.post('/api/attendance/overtime-orders', 'staff1', {
          staffId: staff1,
          workDate: '2026-04-06',
          plannedMinutes: 60,
          task: '自分で',
        })
      ).status,
    ).toBe(403);
    const confirm = await wf.post(`/api/attendance/overtime-orders/${first.body.order.id}/confirm`, 'kakaricho1', {
      minutes: 120,
    });
    expect(confirm.status).toBe(200);
    expect(confirm.body.order).toMatchObject({ status: 'confirmed', weekdayMinutes: 120, holidayMinutes: 0 });
    const tooMuch = await wf.post(`/api/attendance/overtime-orders/${first.body.order.id}/confirm`, 'kakaricho1', {
      minutes: 10,
    });
    expect(tooMuch.status).toBe(409);
    // 2 hours so far; 8 days of 4 hours make 34, still below 80% of 45 hours; 2 more reach 36 and warn.
    for (const day of ['07', '08', '09', '10', '13', '14', '15', '16']) {
      expect((await order(`2026-04-${day}`, 4 * 60)).body.findings).toEqual([]);
    }
    const near = await order('2026-04-17', 2 * 60);
    expect(near.body.findings).toMatchObject([{ limit: 'monthly', level: 'warning', value: 36 * 60, max: 45 * 60 }]);
    const over = await order('2026-04-22', 10 * 60);
    expect(over.status).toBe(422);
    expect(over.body.message).toContain('1か月45時間の上限を超えています');
    const withReason = await order('2026-04-22', 10 * 60, '予算編成の締切対応のため');
    expect(withReason.status).toBe(201);
    expect(withReason.body.order.status).toBe('awaitingExcess');
    await wf.act('kacho1', withReason.body.order.excessInstanceId);
    const orders = await wf.get(`/api/attendance/overtime-orders?month=2026-04&staffId=${staff1}`, 'kakaricho1');
    expect(orders.body.find((o: { id: number }) => o.id === withReason.body.order.id).status).toBe('ordered');
    const audit = await t.dataSource
      .getRepository(AuditEvent)
      .findOneByOrFail({ action: 'attendance.overtime.excessApproved' });
    expect(JSON.parse(audit.detail!)).toMatchObject({ staffId: staff1, reason: '予算編成の締切対応のため' });
  });

  it('applies the 他律的業務 limits to a designated section', async () => {
    const staff1 = await staffIdOf('staff1');
    const section = await t.dataSource.getRepository(OrgUnit).findOneByOrFail({ code: 'soumu-ka' });
    const order = () =>
      wf.post('/api/attendance/overtime-orders', 'kakaricho1', {
        staffId: staff1,
        workDate: '2026-04-23',
        plannedMinutes: 10 * 60,
        task: '災害対応',
      });
    expect((await order()).status).toBe(422);
    const designated = await put(`/api/attendance/sections/${section.id}/designation`, 'jinji1', {
      designation: 'otherDirected',
    });
    expect(designated.status).toBe(200);
    const ordered = await order();
    expect(ordered.status).toBe(201);
    expect(ordered.body).toMatchObject({ order: { status: 'ordered' }, findings: [] });
  });
});
