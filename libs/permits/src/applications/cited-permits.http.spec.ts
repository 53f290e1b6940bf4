import { TimerService } from '@ringi/workflow';
import { createAccount } from '../../../../test/support/accounts';
import { POLE, startPermitsApp, type PermitsApp } from '../test-support/permits-app';

type Problems = { errors?: Array<{ field: string; messages: string[] }> };
const fieldsOf = (body: Problems) => Object.fromEntries((body.errors ?? []).map((e) => [e.field, e.messages[0]]));

describe('更新・変更・廃止・承継 cite the permit in force (e2e)', () => {
  let p: PermitsApp;
  let gas: string;
  let other: string;
  /** みなとガス's permit for POLE, 2026-05-01 to 2027-03-31. */
  let permit: { id: number; permitNumber: string; holderName: string };
  const apply = (token: string, body: object) => p.portal(token).post('/api/portal/permits/applications', body);
  /** 不許可, so the permit is free for the next application to cite (one pending citation at a time). */
  const refuse = (application: { instanceId: number }) =>
    p.wf.act('permit1', application.instanceId, 'reject', { comment: '書類不備' });

  beforeAll(async () => {
    p = await startPermitsApp();
    gas = await p.t.login('gas@example.jp', 'internet');
    await createAccount(p.t.dataSource, { username: 'other@example.jp', kind: 'applicant', roles: ['applicant'] });
    other = await p.t.login('other@example.jp', 'internet');
    const submitted = await apply(gas, POLE);
    await p.decide(submitted.body);
    permit = (await p.clerk('permit1').get(`/api/permits/applications/${submitted.body.id}`)).body;
    expect(permit.permitNumber).toMatch(/第\d+号$/);
  });
  afterAll(() => p.t.close());

  it('asks for the permit number for every kind but 新規, and the holder only for 承継 (400)', async () => {
    const cases: Array<[object, string]> = [
      [{ kind: 'new', citedPermitNumber: '港道占第1号' }, 'citedPermitNumber'],
      [{ kind: 'renewal' }, 'citedPermitNumber'],
      [{ kind: 'change', citedPermitNumber: '  ' }, 'citedPermitNumber'],
      [{ kind: 'end' }, 'citedPermitNumber'],
      [{ kind: 'succession', citedPermitNumber: '港道占第1号' }, 'currentHolderName'],
      [{ kind: 'change', citedPermitNumber: '港道占第1号', currentHolderName: '港 太郎' }, 'currentHolderName'],
      [{ kind: 'renewal', citedPermitNumber: 12 }, 'citedPermitNumber'],
    ];
    for (const [citation, field] of cases) {
      const res = await apply(gas, { ...POLE, ...citation });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)[field]).toMatch(/許可番号|占用者/);
    }
  });

  it('refuses a number no permit has, and someone else’s permit (422)', async () => {
    const unknown = await apply(gas, { ...POLE, kind: 'change', citedPermitNumber: '港道占第999号' });
    expect(unknown.status).toBe(422);
    expect(fieldsOf(unknown.body).citedPermitNumber).toContain('許可はありません');
    for (const kind of ['renewal', 'change', 'end']) {
      const res = await apply(other, {
        ...POLE,
        kind,
        citedPermitNumber: permit.permitNumber,
        periodFrom: '2027-04-01',
        periodTo: '2028-03-31',
      });
      expect(res.status).toBe(422);
      expect(fieldsOf(res.body).citedPermitNumber).toContain('あなたの許可ではありません');
    }
  });

  it('lets a successor take over when they name the holder as the permit does, and records it', async () => {
    const wrong = await apply(other, {
      ...POLE,
      kind: 'succession',
      citedPermitNumber: permit.permitNumber,
      currentHolderName: '港 太郎',
    });
    expect(wrong.status).toBe(422);
    expect(fieldsOf(wrong.body).citedPermitNumber).toContain('一致しません');
    const res = await apply(other, {
      ...POLE,
      kind: 'succession',
      citedPermitNumber: ` ${permit.permitNumber} `,
      currentHolderName: permit.holderName,
    });
    expect(res.status).toBe(201);
    const cited = {
      id: permit.id,
      permitNumber: permit.permitNumber,
      period: { from: '2026-05-01', to: '2027-03-31' },
    };
    const mine = await p.portal(other).get(`/api/portal/permits/applications/${res.body.id}`);
    expect(mine.body).toMatchObject({ kind: 'succession', citedPermit: cited, citedHolderName: permit.holderName });
    const clerk = await p.clerk('permit1').get(`/api/permits/applications/${res.body.id}`);
    expect(clerk.body).toMatchObject({ citedPermit: cited, citedHolderName: permit.holderName });
    await refuse(res.body);
  });

  it('takes a 変更 of one’s own permit; a 新規 cites nothing', async () => {
    const change = await apply(gas, { ...POLE, kind: 'change', citedPermitNumber: permit.permitNumber, quantity: 3 });
    expect(change.status).toBe(201);
    const detail = await p.portal(gas).get(`/api/portal/permits/applications/${change.body.id}`);
    expect(detail.body.citedPermit).toMatchObject({ id: permit.id, permitNumber: permit.permitNumber });
    const fresh = await p.portal(gas).get(`/api/portal/permits/applications/${permit.id}`);
    expect(fresh.body).toMatchObject({ citedPermit: null, citedHolderName: null });
    await refuse(change.body);
  });

  it('refuses a 廃止 before the permit is in force', async () => {
    const res = await apply(gas, { ...POLE, kind: 'end', citedPermitNumber: permit.permitNumber });
    expect(res.status).toBe(422);
    expect(fieldsOf(res.body).citedPermitNumber).toContain('始まる前の許可は廃止できません');
  });

  it('renews into a new period after the old one; on 許可 the new permit continues it, the old stays on record', async () => {
    const overlapping = await apply(gas, { ...POLE, kind: 'renewal', citedPermitNumber: permit.permitNumber });
    expect(overlapping.status).toBe(422);
    expect(fieldsOf(overlapping.body).periodFrom).toContain('2027-03-31');
    const renewal = await apply(gas, {
      ...POLE,
      kind: 'renewal',
      citedPermitNumber: permit.permitNumber,
      periodFrom: '2027-04-01',
      periodTo: '2028-03-31',
    });
    expect(renewal.status).toBe(201);
    await p.decide(renewal.body);
    const renewed = (await p.portal(gas).get(`/api/portal/permits/applications/${renewal.body.id}`)).body;
    expect(renewed).toMatchObject({ status: 'permitted', periodFrom: '2027-04-01', citedPermit: { id: permit.id } });
    expect(renewed.permitNumber).not.toBe(permit.permitNumber);
    const old = (await p.portal(gas).get(`/api/portal/permits/applications/${permit.id}`)).body;
    expect(old).toMatchObject({ status: 'permitted', permitNumber: permit.permitNumber, periodTo: '2027-03-31' });
    expect(old.timeline.at(-1)).toMatchObject({ stage: 'renewed', label: '更新許可' });
    expect(old.timeline.at(-1).message).toContain(renewed.permitNumber);
  });

  it('takes the same field at the counter, the permit held by the applicant named on it', async () => {
    const entry = {
      ...POLE,
      kind: 'change',
      citedPermitNumber: permit.permitNumber,
      applicant: { name: permit.holderName, address: 'みなと市港町1丁目', contact: '098-000-0000' },
    };
    const res = await p.clerk('permit1').post('/api/permits/applications', entry);
    expect(res.status).toBe(201);
    expect((await p.clerk('permit1').get(`/api/permits/applications/${res.body.id}`)).body.citedPermit).toMatchObject({
      id: permit.id,
    });
    await refuse(res.body);
    const stranger = await p
      .clerk('permit1')
      .post('/api/permits/applications', { ...entry, applicant: { ...entry.applicant, name: '港 太郎' } });
    expect(stranger.status).toBe(422);
    const missing = await p
      .clerk('permit1')
      .post('/api/permits/applications', { ...entry, citedPermitNumber: undefined });
    expect(missing.status).toBe(400);
    expect(fieldsOf(missing.body).citedPermitNumber).toContain('現在の許可番号');
  });

  it('ends a permit while it is in force, reminds nobody to renew a renewed one, and renews none expired', async () => {
    p.t.clock.set('2026-06-01T00:00:00Z');
    const end = await apply(await p.t.login('gas@example.jp', 'internet'), {
      ...POLE,
      kind: 'end',
      citedPermitNumber: permit.permitNumber,
      periodFrom: '2026-06-01',
      periodTo: '2026-06-30',
    });
    expect(end.status).toBe(201);
    // A month before the old period ends its reminder is due, but the permitted 更新 already continues it.
    p.t.clock.set('2027-02-28T00:00:00Z');
    await p.t.app.get(TimerService).fireDue();
    const holder = p.portal(await p.t.login('gas@example.jp', 'internet'));
    const old = await holder.get(`/api/portal/permits/applications/${permit.id}`);
    expect(old.status).toBe(200);
    expect(old.body.timeline.map((e: { stage: string }) => e.stage)).not.toContain('renewalReminder');
    p.t.clock.set('2027-04-02T00:00:00Z');
    const late = await apply(await p.t.login('gas@example.jp', 'internet'), {
      ...POLE,
      kind: 'renewal',
      citedPermitNumber: permit.permitNumber,
      periodFrom: '2027-04-03',
      periodTo: '2028-03-31',
    });
    expect(late.status).toBe(422);
    expect(fieldsOf(late.body).citedPermitNumber).toContain('満了しています。新規の申請をしてください。');
  });
});
