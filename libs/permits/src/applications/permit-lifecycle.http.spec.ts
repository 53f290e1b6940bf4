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
