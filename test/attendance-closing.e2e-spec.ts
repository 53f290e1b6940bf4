import { AuditEvent, UserAccount } from '@ringi/auth';
import { addDays, isCityHoliday } from '@ringi/hr';
import { seedDemoCity } from '../seeds/demo-city';
import { startTestApp, type TestApp } from './support/test-app';
import { WorkflowClient } from './support/workflow-client';

const jst = (date: string, time: string) => `${date}T${time}:00+09:00`;

/** 月次締め: submit, approve, close, the lock of a closed month, HR's audited change, the payroll CSV. */
describe('attendance monthly closing (e2e)', () => {
  let t: TestApp;
  let wf: WorkflowClient;
  let staff1: number;
  const put = async (url: string, who: string, body: object) =>
    t
      .on('lgwan')
      .put(url)
      .set('Authorization', `Bearer ${await wf.token(who)}`)
      .send(body);
  const hrDay = (date: string, from: string, to: string, reason?: string) =>
    put(`/api/attendance/hr/staff/${staff1}/days/${date}`, 'jinji1', {
      clockInAt: jst(date, from),
      clockOutAt: jst(date, to),
      ...(reason ? { reason } : {}),
    });

  beforeAll(async () => {
    t = await startTestApp({ now: jst('2026-05-01', '09:00') });
    await seedDemoCity(t.dataSource);
    wf = new WorkflowClient(t);
    staff1 = (await t.dataSource.getRepository(UserAccount).findOneByOrFail({ username: 'staff1' })).staffId!;
  });
  afterAll(() => t.close());

  it('refuses to submit a month with days missing, naming them', async () => {
    const res = await wf.post('/api/attendance/months/2026-04/submit', 'staff1');
    expect(res.status).toBe(422);
    expect(res.body.message).toContain('04-01');
    expect(res.body.errors.days).toHaveLength(21);
  });

  it('is submitted by the staff member, approved by the supervisor and closed by HR', async () => {
    for (let date = '2026-04-01'; date <= '2026-04-29'; date = addDays(date, 1)) {
      if (isCityHoliday(date)) continue;
      expect((await hrDay(date, '08:30', date === '2026-04-06' ? '18:15' : '17:15')).status).toBe(200);
    }
    expect((await hrDay('2026-04-29', '09:00', '12:00')).status).toBe(200);
    const leave = await wf.post('/api/attendance/leave/requests', 'staff1', {
      kindCode: 'annual',
      unit: 'day',
      startDate: '2026-04-30',
      endDate: '2026-04-30',
      reason: '私用のため',
    });
    const pending = await wf.post('/api/attendance/months/2026-04/submit', 'staff1');
    expect(pending.status).toBe(422);
    expect(pending.body.errors.days).toEqual([{ date: '2026-04-30', flags: ['leavePending'] }]);
    await wf.act('kakaricho1', leave.body.instanceId);
    for (const [workDate, minutes] of [
      ['2026-04-06', 60],
      ['2026-04-29', 180],
    ] as const) {
      const order = await wf.post('/api/attendance/overtime-orders', 'kakaricho1', {
        staffId: staff1,
        workDate,
        plannedMinutes: minutes,
        task: '窓口の繁忙対応',
      });
      const confirmed = await wf.post(`/api/attendance/overtime-orders/${order.body.order.id}/confirm`, 'kakaricho1', {
        minutes,
      });
      expect(confirmed.status).toBe(200);
    }

    const submitted = await wf.post('/api/attendance/months/2026-04/submit', 'staff1');
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');
    expect((await wf.post('/api/attendance/months/2026-04/submit', 'staff1')).status).toBe(409);
    await wf.act('kakaricho1', submitted.body.instanceId);
    const approved = await wf.get(`/api/attendance/months/2026-04?staffId=${staff1}`, 'kakaricho1');
    expect(approved.body).toMatchObject({
      status: 'approved',
      totals: { daysWorked: 21, leaveDays: { annual: 1 }, overtime: { weekday: 60, holiday: 180, lateNight: 0 } },
    });
    expect((await wf.get(`/api/attendance/months/2026-04?staffId=${staff1}`, 'permit1')).status).toBe(403);

    expect((await wf.post('/api/attendance/months/2026-04/close', 'kakaricho1')).status).toBe(403);
    const team = await wf.get('/api/attendance/months/2026-04/team', 'kakaricho1');
    expect(team.status).toBe(200);
    expect(team.body.find((m: { staffId: number }) => m.staffId === staff1)).toMatchObject({
      name: '東 美穂',
      status: 'approved',
      flaggedDays: 0,
      totals: { daysWorked: 21 },
    });
    expect((await wf.get('/api/attendance/months/2026-04/team', 'staff1')).body).toEqual([]);
    const overview = await wf.get('/api/attendance/months/2026-04/overview', 'jinji1');
    expect(overview.body).toMatchObject([
      { staffId: staff1, employeeNo: '100006', name: '東 美穂', status: 'approved' },
    ]);
    expect((await wf.get('/api/attendance/months/2026-04/overview', 'kakaricho1')).status).toBe(403);
    const closed = await wf.post('/api/attendance/months/2026-04/close', 'jinji1');
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ month: '2026-04', closed: 1, notApproved: [] });
  });

  it('locks the closed month: staff, the 庶務担当 and the supervisor get 409', async () => {
    const correction = await wf.post('/api/attendance/corrections', 'staff1', {
      workDate: '2026-04-10',
      clockOutAt: jst('2026-04-10', '18:00'),
      reason: '退勤時刻の誤り',
    });
    expect(correction.status).toBe(409);
    expect(correction.body.message).toBe('2026-04 の勤怠は締め済みです。変更は人事課に依頼してください。');
    const proxy = await put(`/api/attendance/staff/${staff1}/days/2026-04-10`, 'staff1', {
      clockOutAt: jst('2026-04-10', '18:00'),
    });
    expect(proxy.status).toBe(409);
    const overtime = await wf.post('/api/attendance/overtime-orders', 'kakaricho1', {
      staffId: staff1,
      workDate: '2026-04-10',
      plannedMinutes: 60,
      task: '後から',
    });
    expect(overtime.status).toBe(409);
    const leave = await wf.post('/api/attendance/leave/requests', 'staff1', {
      kindCode: 'annual',
      unit: 'day',
      startDate: '2026-04-13',
      endDate: '2026-04-13',
      reason: '後から',
    });
    expect(leave.status).toBe(409);
  });

  it('lets HR change a closed month only with a reason, which is audited', async () => {
    const withoutReason = await hrDay('2026-04-10', '08:30', '18:00');
    expect(withoutReason.status).toBe(400);
    expect(withoutReason.body.errors).toEqual([
      { field: 'reason', messages: ['締め済みの月を変更する理由を入力してください'] },
    ]);
    const withReason = await hrDay('2026-04-10', '08:30', '18:00', '本人申出による退勤時刻の訂正（課長確認済み）');
    expect(withReason.status).toBe(200);
    expect(withReason.body).toMatchObject({ clockOutSource: 'hr' });
    const audit = await t.dataSource
      .getRepository(AuditEvent)
      .findOneByOrFail({ action: 'attendance.closedMonth.changed' });
    expect(JSON.parse(audit.detail!)).toMatchObject({
      staffId: staff1,
      date: '2026-04-10',
      reason: '本人申出による退勤時刻の訂正（課長確認済み）',
    });
  });

  it('exports the closed month for payroll as Excel-safe CSV, to HR only', async () => {
    expect((await wf.get('/api/attendance/months/2026-04/payroll.csv', 'staff1')).status).toBe(403);
    const res = await t
      .on('lgwan')
      .get('/api/attendance/months/2026-04/payroll.csv')
      .set('Authorization', `Bearer ${await wf.token('jinji1')}`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=UTF-8');
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, line, end] = body.subarray(3).toString('utf8').split('\r\n');
    expect(header.split(',').slice(0, 5)).toEqual(['年月', '職員番号', '氏名', '出勤日数', '年次有給休暇（日）']);
    expect(header.split(',').slice(-3)).toEqual(['時間外勤務（平日・時間）', '休日勤務（時間）', '深夜勤務（時間）']);
    const cells = line.split(',');
    expect(cells.slice(0, 5)).toEqual(['2026-04', '100006', '東 美穂', '21', '1']);
    expect(cells.slice(-3)).toEqual(['1', '3', '0']);
    expect(end).toBe('');
  });

  it('is reopened by HR with a reason', async () => {
    const res = await wf.post('/api/attendance/months/2026-04/reopen', 'jinji1', {
      staffId: staff1,
      reason: '給与計算前の再確認のため',
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('approved');
    expect((await hrDay('2026-04-10', '08:30', '17:15')).status).toBe(200);
  });
});
