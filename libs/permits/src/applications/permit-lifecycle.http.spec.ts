import { TimerService } from '@ringi/workflow';
import { createAccount } from '../../../../test/support/accounts';
import { POLE, startPermitsApp, type PermitsApp } from '../test-support/permits-app';

interface Permit {
  id: number;
  instanceId: number;
  permitNumber: string;
  verificationCode: string;
  holderName: string;
}

describe('a cited permit ends, is superseded or renewed when its application is permitted (e2e)', () => {
  let p: PermitsApp;
  let gas: string;
  const apply = (token: string, body: object) => p.portal(token).post('/api/portal/permits/applications', body);
  const clerkView = async (id: number) => (await p.wf.get(`/api/permits/applications/${id}`, 'permit1')).body;
  const verify = async (code: string) => (await p.t.on('internet').get(`/api/verify/${code}`)).body;
  /** A 新規 for POLE over the given period, permitted. */
  const permitted = async (token: string, periodTo = '2027-03-31'): Promise<Permit> => {
    const res = await apply(token, { ...POLE, periodTo });
    expect(res.status).toBe(201);
    await p.decide(res.body);
    return clerkView(res.body.id);
  };
  const citing = (permit: Permit, kind: string, extra: object = {}) => ({
    ...POLE,
    kind,
    citedPermitNumber: permit.permitNumber,
    ...extra,
  });

  beforeAll(async () => {
    p = await startPermitsApp();
    gas = await p.t.login('gas@example.jp', 'internet');
    await createAccount(p.t.dataSource, { username: 'heir@example.jp', kind: 'applicant', roles: ['applicant'] });
  });
  afterAll(() => p.t.close());

  it('lets one pending application cite a permit: a second, even sent at the same moment, is a 409', async () => {
    const permit = await permitted(gas);
    const both = await Promise.all([
      apply(gas, citing(permit, 'change', { quantity: 3 })),
      apply(gas, citing(permit, 'change', { quantity: 4 })),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    const refused = both.find((r) => r.status === 409)!;
    expect(refused.body.message).toContain('審査中の申請');
    const pending = both.find((r) => r.status === 201)!.body;
    const third = await apply(gas, citing(permit, 'succession', { currentHolderName: permit.holderName }));
    expect(third.status).toBe(409);
    // Once the pending one is decided the permit may be cited again.
    await p.wf.act('permit1', pending.instanceId, 'reject', { comment: '書類不備' });
    expect((await apply(gas, citing(permit, 'change', { quantity: 3 }))).status).toBe(201);
  });

  it('ends the cited permit on 許可 of a 廃止: register, verification, later bills and reminders', async () => {
    const permit = await permitted(gas, '2028-03-31');
    expect((await clerkView(permit.id)).bills.map((b: { fiscalYear: number }) => b.fiscalYear)).toEqual([2026, 2027]);
    p.t.clock.set('2026-06-01T00:00:00Z');
    const end = await apply(
      await p.t.login('gas@example.jp', 'internet'),
      citing(permit, 'end', { periodFrom: '2026-06-01', periodTo: '2026-06-30' }),
    );
    expect(end.status).toBe(201);
    await p.decide(end.body);

    const ended = await clerkView(permit.id);
    expect(ended).toMatchObject({
      status: 'permitted',
      end: { on: '2026-06-01', reason: 'ended', byApplicationId: end.body.id },
    });
    expect(ended.timeline.map((e: { stage: string }) => e.stage)).toEqual(
      expect.arrayContaining(['ended', 'billCancelled']),
    );
    expect(ended.bills.map((b: { fiscalYear: number; status: string }) => [b.fiscalYear, b.status])).toEqual([
      [2026, 'unpaid'],
      [2027, 'cancelled'],
    ]);
    expect(await verify(permit.verificationCode)).toMatchObject({
      genuine: true,
      state: 'ended',
      inForce: false,
      endedOn: '2026-06-01',
      supersededBy: null,
    });
    const register = (await p.clerk('permit1').get('/api/permits/applications?status=permitted')).body;
    expect(register.find((a: { id: number }) => a.id === permit.id).end).toMatchObject({ reason: 'ended' });
    const expiring = (await p.clerk('permit1').get('/api/permits/applications?expiringBy=2028-03-31')).body;
    expect(expiring.map((a: { id: number }) => a.id)).not.toContain(permit.id);

    const holder = p.portal(await p.t.login('gas@example.jp', 'internet'));
    const later = ended.bills.find((b: { fiscalYear: number }) => b.fiscalYear === 2027);
    const checkout = await holder.post(`/api/portal/permits/bills/${later.id}/checkout`);
    expect(checkout.status).toBe(409);
    expect(checkout.body.message).toContain('取り消されています');
    const again = await apply(await p.t.login('gas@example.jp', 'internet'), citing(permit, 'change'));
    expect(again.status).toBe(422);
    expect(again.body.message).toContain('効力がありません');

    // Neither the renewal reminder a month before the period's end nor the later year's 督促 reaches it.
    p.t.clock.set('2028-03-01T00:00:00Z');
    await p.t.app.get(TimerService).fireDue();
    const stages = (await clerkView(permit.id)).timeline.map((e: { stage: string }) => e.stage);
    expect(stages).not.toContain('renewalReminder');
    expect(stages.filter((s: string) => s === 'overdue')).toHaveLength(1);
  });

  it('a permitted 廃止 is no new occupation: no fee, no bill, no reminder, not live, its own 廃止許可書', async () => {
    p.t.clock.set('2026-06-01T00:00:00Z');
    const permit = await permitted(await p.t.login('gas@example.jp', 'internet'), '2028-03-31');
    const holder = await p.t.login('gas@example.jp', 'internet');
    // Over the same period as an occupation would be charged for two fiscal years: a 廃止 owes nothing.
    const end = await apply(holder, citing(permit, 'end', { periodFrom: '2026-06-01', periodTo: '2027-06-30' }));
    expect(end.status).toBe(201);
    expect(end.body).toMatchObject({ quotedFeeYen: 0, feeBreakdown: { totalYen: 0, fiscalYears: [] } });
    // Nothing to reduce either.
    const exemption = await p.clerk('permit1').post(`/api/permits/applications/${end.body.id}/exemption`, {
      percent: 50,
      reason: '公益上必要な施設',
    });
    expect(exemption.status).toBe(422);
    expect(exemption.body.message).toContain('廃止');
    // A clerk's 級地 override prices it again: still nothing.
    const district = await p
      .clerk('permit1')
      .put(`/api/permits/applications/${end.body.id}/fee-district`, { feeDistrict: 1, reason: '確認のため' });
    expect(district.status).toBe(200);
    expect(district.body).toMatchObject({ quotedFeeYen: 0, feeBreakdown: { totalYen: 0, fiscalYears: [] } });
    await p.decide(end.body);

    const acknowledged = await clerkView(end.body.id);
    expect(acknowledged).toMatchObject({
      status: 'permitted',
      quotedFeeYen: 0,
      bills: [],
      end: { on: '2026-06-01', reason: 'ended', byApplicationId: end.body.id },
    });
    expect(acknowledged.permitNumber).toMatch(/^.+占第\d+号$/);
    const stages = acknowledged.timeline.map((e: { stage: string }) => e.stage);
    expect(stages).toContain('permitted');
    expect(stages).not.toContain('billed');
    expect(await verify(acknowledged.verificationCode)).toMatchObject({ state: 'ended', inForce: false });

    // The register does not count it as a live permit: nothing of it expires, nothing cites it.
    const expiring = (await p.clerk('permit1').get('/api/permits/applications?expiringBy=2027-06-30')).body;
    expect(expiring.map((a: { id: number }) => a.id)).not.toContain(end.body.id);
    const renew = await apply(
      await p.t.login('gas@example.jp', 'internet'),
      citing(acknowledged, 'renewal', { periodFrom: '2027-07-01', periodTo: '2028-03-31' }),
    );
    expect(renew.status).toBe(422);

    // Its document acknowledges the end.
    const pdf = await p.clerk('permit1').get(`/api/permits/applications/${end.body.id}/permit.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(decodeURIComponent(pdf.headers['content-disposition'])).toContain('道路占用廃止許可書');

    // No reminder to renew it, and no 督促 for a bill it never had.
    p.t.clock.set('2027-06-01T00:00:00Z');
    await p.t.app.get(TimerService).fireDue();
    const later = (await clerkView(end.body.id)).timeline.map((e: { stage: string }) => e.stage);
    expect(later).not.toContain('renewalReminder');
    expect(later).not.toContain('overdue');
  });

  it.each([
    ['change', {}, 'gas@example.jp'],
    ['succession', { currentHolderName: 'みなとガス株式会社 道路占用担当' }, 'heir@example.jp'],
  ])('supersedes the cited permit on 許可 of a %s, pointing at the new permit', async (kind, extra, who) => {
    p.t.clock.set('2026-04-06T00:00:00Z');
    const permit = await permitted(await p.t.login('gas@example.jp', 'internet'));
    const res = await apply(await p.t.login(who, 'internet'), citing(permit, kind, extra));
    expect(res.status).toBe(201);
    await p.decide(res.body);
    const successor = await clerkView(res.body.id);
    expect(await clerkView(permit.id)).toMatchObject({
      end: { on: '2026-04-06', reason: 'superseded', byApplicationId: successor.id },
    });
    expect(await verify(permit.verificationCode)).toMatchObject({
      state: 'superseded',
      inForce: false,
      endedOn: '2026-04-06',
      supersededBy: successor.permitNumber,
    });
    expect(await verify(successor.verificationCode)).toMatchObject({ state: 'notYetValid', supersededBy: null });
  });

  it('marks a renewed permit as continued by the new one and keeps it valid until its own expiry', async () => {
    p.t.clock.set('2026-06-01T00:00:00Z');
    const permit = await permitted(await p.t.login('gas@example.jp', 'internet'));
    const renewal = await apply(
      await p.t.login('gas@example.jp', 'internet'),
      citing(permit, 'renewal', { periodFrom: '2027-04-01', periodTo: '2028-03-31' }),
    );
    expect(renewal.status).toBe(201);
    await p.decide(renewal.body);
    expect(await clerkView(permit.id)).toMatchObject({ end: null, renewedByApplicationId: renewal.body.id });
    expect(await verify(permit.verificationCode)).toMatchObject({ state: 'valid', inForce: true });
  });
});
