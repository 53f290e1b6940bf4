import { createHmac } from 'node:crypto';
import { AuditEvent } from '@ringi/auth';
import { PaymentProvider, PermitApplication, PermitPayment } from '@ringi/permits';
import { TimerService } from '@ringi/workflow';
import { seedDemoCity } from '../seeds/demo-city';
import { createAccount } from './support/accounts';
import { startTestApp, type TestApp } from './support/test-app';
import { WorkflowClient } from './support/workflow-client';

describe('道路占用許可: an online application is the clerks’ case, decided to a numbered permit (e2e)', () => {
  let t: TestApp;
  let wf: WorkflowClient;
  let applicant: string;

  const POLE = {
    kind: 'new',
    categoryCode: 'pole-1',
    fields: { poleNumbers: '港幹101〜102', height: 12 },
    address: 'みなと市港町1丁目2番',
    roadName: '市道港町1号線',
    geometry: { type: 'Point', coordinates: [127.681, 26.212] },
    feeDistrict: 1,
    quantity: 2,
    periodFrom: '2026-05-01',
    periodTo: '2027-03-31',
    policeConsultation: false,
  };

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-04-06T00:00:00Z' });
    await seedDemoCity(t.dataSource);
    wf = new WorkflowClient(t);
    applicant = await t.login('gas@example.jp', 'internet');
  });
  afterAll(() => t.close());

  const portal = (token: string) => ({
    post: (url: string, body: object) => t.on('internet').post(url).set('Authorization', `Bearer ${token}`).send(body),
    get: (url: string) => t.on('internet').get(url).set('Authorization', `Bearer ${token}`),
  });
  /** permit1 as a clerk on LGWAN, for the review's own calls. */
  const clerkPut = async (url: string, body: object) =>
    t
      .on('lgwan')
      .put(url)
      .set('Authorization', `Bearer ${await wf.token('permit1')}`)
      .send(body);
  /** The required items of the review checklist ticked, as 審査 needs before it sends the case on. */
  const tickChecklist = async (id: number) => {
    const detail = await wf.get(`/api/permits/applications/${id}`, 'permit1');
    for (const item of detail.body.checklist as Array<{ key: string; required: boolean }>) {
      if (item.required) await clerkPut(`/api/permits/applications/${id}/checklist/${item.key}`, { checked: true });
    }
  };

  it('publishes the categories with their fields, attachments and period limits', async () => {
    const res = await t.on('internet').get('/api/portal/permits/categories');
    expect(res.status).toBe(200);
    expect(res.body.find((c: { code: string }) => c.code === 'pole-1')).toMatchObject({
      name: '第一種電柱',
      maxYears: 10,
      requiredAttachments: ['位置図', '平面図', '写真'],
    });
  });

  it('goes from the portal through 受付, 審査 and the 道路管理課長 to 許可 with a number, without re-keying', async () => {
    const submitted = await portal(applicant).post('/api/portal/permits/applications', POLE);
    expect(submitted.status).toBe(201);
    // 2 poles × 2,400円 × 11 months / 12 = 4,400円
    expect(submitted.body).toMatchObject({ status: 'reviewing', quotedFeeYen: 4400, permitNumber: null });
    const id = submitted.body.id as number;
    const instanceId = submitted.body.instanceId as number;

    const asClerk = await wf.get(`/api/permits/applications/${id}`, 'permit1');
    expect(asClerk.body).toMatchObject({ fields: POLE.fields, address: POLE.address, geometry: POLE.geometry });
    const intake = await wf.taskOf('permit1', instanceId);
    expect(intake).toMatchObject({ elementId: 'intake' });
    const detail = await wf.get(`/api/workflow/tasks/${intake.id}`, 'permit1');
    expect(detail.body.businessLink).toBe(`/staff/permits/applications/${id}`);
    await wf.act('permit1', instanceId);
    await tickChecklist(id);
    await wf.act('permit1', instanceId);
    const decision = await wf.taskOf('doro-kacho', instanceId);
    expect(decision).toMatchObject({ elementId: 'decision' });
    await wf.act('doro-kacho', instanceId, 'approve', { comment: '許可する' });

    const mine = await portal(applicant).get(`/api/portal/permits/applications/${id}`);
    expect(mine.body).toMatchObject({ status: 'permitted', permitNumber: '港道占第1号' });
    expect(
      (await portal(applicant).get('/api/portal/permits/applications')).body.map((a: { id: number }) => a.id),
    ).toContain(id);
    expect(
      await t.dataSource.getRepository(AuditEvent).findOneBy({ action: 'permits.application.submitted' }),
    ).toBeTruthy();
  });

  it('adds the police consultation when the works need a 道路使用許可, and numbers permits in order', async () => {
    const submitted = await portal(applicant).post('/api/portal/permits/applications', {
      ...POLE,
      policeConsultation: true,
    });
    const instanceId = submitted.body.instanceId as number;
    await wf.act('permit1', instanceId);
    await tickChecklist(submitted.body.id);
    await wf.act('permit1', instanceId);
    expect(await wf.taskOf('permit1', instanceId)).toMatchObject({ elementId: 'police', stepKind: 'consult' });
    await clerkPut(`/api/permits/applications/${submitted.body.id}/police-consultation`, {
      consultedOn: '2026-04-06',
      result: 'agreed',
      reference: '港署交第12号',
    });
    await wf.act('permit1', instanceId, 'approve', { comment: '港警察署 協議済' });
    await wf.act('doro-kacho', instanceId);
    const row = await t.dataSource.getRepository(PermitApplication).findOneByOrFail({ id: submitted.body.id });
    expect(row.permitNumber).toBe('港道占第2号');
  });

  it('refuses bad applications with messages per field and writes nothing', async () => {
    const before = await t.dataSource.getRepository(PermitApplication).count();
    const tooLong = await portal(applicant).post('/api/portal/permits/applications', {
      ...POLE,
      categoryCode: 'sign',
      fields: { wording: 'みなとガス', height: 1 },
      geometry: { type: 'Point', coordinates: [500, 0] },
      periodTo: '2031-05-01',
    });
    expect(tooLong.status).toBe(400);
    const fields = Object.fromEntries(
      (tooLong.body.errors as Array<{ field: string; messages: string[] }>).map((e) => [e.field, e.messages[0]]),
    );
    expect(fields['fields.height']).toContain('2.5〜20');
    expect(fields.periodTo).toContain('5年以内');
    expect(fields.geometry).toContain('座標');
    const unknown = await portal(applicant).post('/api/portal/permits/applications', {
      ...POLE,
      categoryCode: 'bridge',
    });
    expect(unknown.status).toBe(422);
    const shape = await portal(applicant).post('/api/portal/permits/applications', {
      ...POLE,
      quantity: 'two',
      extra: 1,
    });
    expect(shape.status).toBe(400);
    expect(await t.dataSource.getRepository(PermitApplication).count()).toBe(before);
  });

  it('shows applicants only their own applications and keeps the clerks’ API off the internet', async () => {
    await createAccount(t.dataSource, { username: 'other@example.jp', kind: 'applicant', roles: ['applicant'] });
    const other = await t.login('other@example.jp', 'internet');
    const [first] = (await portal(applicant).get('/api/portal/permits/applications')).body as Array<{ id: number }>;
    expect((await portal(other).get(`/api/portal/permits/applications/${first.id}`)).status).toBe(404);
    expect((await portal(other).get('/api/portal/permits/applications')).body).toEqual([]);
    expect((await portal(applicant).get('/api/permits/applications')).status).toBe(404);
    expect((await wf.get('/api/permits/applications', 'staff1')).status).toBe(403);
  });

  it('follows the review on the applicant’s timeline, with a correction answered online', async () => {
    const submitted = await portal(applicant).post('/api/portal/permits/applications', POLE);
    const id = submitted.body.id as number;
    const instanceId = submitted.body.instanceId as number;
    const request = await wf.post(`/api/permits/applications/${id}/correction-request`, 'permit1', {
      message: '平面図に電柱の位置を記入してください。',
    });
    expect(request.status).toBe(200);
    expect(request.body.stage).toBe('correctionRequested');
    const asked = await portal(applicant).get(`/api/portal/permits/applications/${id}`);
    expect(asked.body.timeline.map((e: { label: string }) => e.label)).toEqual(['受付', '補正依頼']);
    expect(asked.body.timeline.at(-1).message).toBe('平面図に電柱の位置を記入してください。');

    const corrected = await t
      .on('internet')
      .put(`/api/portal/permits/applications/${id}`)
      .set('Authorization', `Bearer ${applicant}`)
      .send({ ...POLE, quantity: 3 });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ stage: 'reviewing', quotedFeeYen: 6600 });
    const again = await t
      .on('internet')
      .put(`/api/portal/permits/applications/${id}`)
      .set('Authorization', `Bearer ${applicant}`)
      .send(POLE);
    expect(again.status).toBe(409);

    await wf.act('permit1', instanceId);
    expect((await portal(applicant).get(`/api/portal/permits/applications/${id}`)).body.stage).toBe('reviewing');
    await tickChecklist(id);
    await wf.act('permit1', instanceId);
    expect((await portal(applicant).get(`/api/portal/permits/applications/${id}`)).body.stage).toBe('deciding');
    await wf.act('doro-kacho', instanceId);
    const done = (await portal(applicant).get(`/api/portal/permits/applications/${id}`)).body;
    expect(done).toMatchObject({ status: 'permitted', stage: 'permitted' });
    expect(done.timeline.slice(-2)).toMatchObject([
      { label: '許可', message: `許可番号 ${done.permitNumber}` },
      { label: '占用料の請求', message: '占用料 6,600円' },
    ]);
  });

  it('lets anyone verify a permit by its code, and tells a forgery apart', async () => {
    const [permitted] = (await wf.get('/api/permits/applications?status=permitted', 'permit1')).body as Array<{
      verificationCode: string;
      permitNumber: string;
    }>;
    expect(permitted.verificationCode).toMatch(/^[A-Z2-9]{12}$/);
    const ok = await t.on('internet').get(`/api/verify/${permitted.verificationCode.toLowerCase()}`);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ genuine: true, permitNumber: permitted.permitNumber, category: '第一種電柱' });
    expect(ok.body.inForce).toBe(false); // the period starts on 2026-05-01; today is 2026-04-06
    const forged = await t.on('internet').get('/api/verify/AAAAAAAAAAAA');
    expect(forged.status).toBe(404);
    expect(forged.body.message).toContain('偽造');
  });

  it('searches the register by place, holder and category, lists expiring permits and reminds holders', async () => {
    const byPlace = await wf.get(`/api/permits/applications?place=${encodeURIComponent('港町1丁目')}`, 'permit1');
    expect(byPlace.body.length).toBeGreaterThan(0);
    const none = await wf.get(`/api/permits/applications?place=${encodeURIComponent('100%_')}`, 'permit1');
    expect(none.body).toEqual([]);
    const byHolder = await wf.get(`/api/permits/applications?holder=${encodeURIComponent('みなとガス')}`, 'permit1');
    expect(byHolder.body.length).toBe(byPlace.body.length);
    expect((await wf.get('/api/permits/applications?categoryCode=sign', 'permit1')).body).toEqual([]);
    const expiring = await wf.get('/api/permits/applications?expiringBy=2027-03-31', 'permit1');
    expect(expiring.body.every((a: { status: string }) => a.status === 'permitted')).toBe(true);
    expect((await wf.get('/api/permits/applications?expiringBy=2026-13-01', 'permit1')).status).toBe(400);

    // One month before the period ends (2027-03-31), the holder finds a renewal notice on their timeline.
    t.clock.set(new Date('2027-02-28T00:00:00Z'));
    await t.app.get(TimerService).fireDue();
    const [first] = expiring.body as Array<{ id: number }>;
    const mine = await portal(await t.login('gas@example.jp', 'internet')).get(
      `/api/portal/permits/applications/${first.id}`,
    );
    expect(mine.body.timeline.at(-1)).toMatchObject({ label: '更新のお知らせ' });
    expect(mine.body.timeline.at(-1).message).toContain('2027-03-31');
    t.clock.set(new Date('2026-04-06T00:00:00Z'));
  });

  it('bills each fiscal year on 許可 and records a provider payment once, even when the webhook comes twice', async () => {
    const submitted = await portal(applicant).post('/api/portal/permits/applications', {
      ...POLE,
      periodTo: '2028-03-31',
    });
    const instanceId = submitted.body.instanceId as number;
    await wf.act('permit1', instanceId);
    await tickChecklist(submitted.body.id);
    await wf.act('permit1', instanceId);
    await wf.act('doro-kacho', instanceId);
    const detail = (await portal(applicant).get(`/api/portal/permits/applications/${submitted.body.id}`)).body;
    // 2 poles: 令和8年度 May–March 11 months = 4,400円 due 30 days after the permit; 令和9年度 4,800円 by 30 April.
    expect(
      detail.bills.map((b: { fiscalYear: number; amountYen: number; dueDate: string }) => [
        b.fiscalYear,
        b.amountYen,
        b.dueDate,
      ]),
    ).toEqual([
      [2026, 4400, '2026-05-06'],
      [2027, 4800, '2027-04-30'],
    ]);
    const [first, second] = detail.bills as Array<{ id: number }>;

    await createAccount(t.dataSource, { username: 'third@example.jp', kind: 'applicant', roles: ['applicant'] });
    const stranger = await t.login('third@example.jp', 'internet');
    expect((await portal(stranger).post(`/api/portal/permits/bills/${first.id}/checkout`, {})).status).toBe(404);
    const checkout = await portal(applicant).post(`/api/portal/permits/bills/${first.id}/checkout`, {});
    expect(checkout.status).toBe(200);
    expect(checkout.body).toMatchObject({ amountYen: 4400 });

    const provider = t.app.get(PaymentProvider);
    const body = JSON.stringify({ checkoutRef: checkout.body.checkoutRef, paymentRef: 'pay_1', amountYen: 4400 });
    const webhook = (signature: string, payload = body) =>
      t
        .on('internet')
        .post('/api/payments/webhook')
        .set('Content-Type', 'application/json')
        .set('X-Payment-Signature', signature)
        .send(payload);
    expect((await webhook('0'.repeat(64))).status).toBe(401);
    // The secret is this installation's own: one signed with the secret earlier versions defaulted to is refused.
    const publicDemoSecret = createHmac('sha256', 'ringi-demo-payment-webhook-secret').update(body).digest('hex');
    expect((await webhook(publicDemoSecret)).status).toBe(401);
    const tampered = JSON.stringify({ checkoutRef: checkout.body.checkoutRef, paymentRef: 'pay_1', amountYen: 1 });
    expect((await webhook(provider.sign(body), tampered)).status).toBe(401);
    const once = await webhook(provider.sign(body));
    expect(once.body).toEqual({ received: 'recorded' });
    const twice = await webhook(provider.sign(body));
    expect(twice.status).toBe(200);
    expect(twice.body).toEqual({ received: 'duplicate' });
    expect(await t.dataSource.getRepository(PermitPayment).countBy({ billId: first.id })).toBe(1);
    expect((await portal(applicant).post(`/api/portal/permits/bills/${first.id}/checkout`, {})).status).toBe(409);
    const wrongAmount = JSON.stringify({
      checkoutRef: checkout.body.checkoutRef,
      paymentRef: 'pay_2',
      amountYen: 4400,
    });
    expect((await webhook(provider.sign(wrongAmount), wrongAmount)).status).toBe(409);

    // The demo provider pays the second bill through the same signed webhook path.
    const next = await portal(applicant).post(`/api/portal/permits/bills/${second.id}/checkout`, {});
    const paid = await t.on('internet').post(next.body.payUrl).send({});
    expect(paid.body).toEqual({ received: 'recorded' });
    const after = (await portal(applicant).get(`/api/portal/permits/applications/${submitted.body.id}`)).body;
    expect(after.bills.map((b: { status: string }) => b.status)).toEqual(['paid', 'paid']);
    expect(after.timeline.filter((e: { label: string }) => e.label === '納付済')).toHaveLength(2);
  });

  it('sends a 督促 on the timeline when a bill is still unpaid after its 納期限', async () => {
    const submitted = await portal(applicant).post('/api/portal/permits/applications', POLE);
    const instanceId = submitted.body.instanceId as number;
    await wf.act('permit1', instanceId);
    await tickChecklist(submitted.body.id);
    await wf.act('permit1', instanceId);
    await wf.act('doro-kacho', instanceId);
    t.clock.set(new Date('2026-05-07T00:00:00Z'));
    await t.app.get(TimerService).fireDue();
    const detail = (
      await portal(await t.login('gas@example.jp', 'internet')).get(
        `/api/portal/permits/applications/${submitted.body.id}`,
      )
    ).body;
    expect(detail.timeline.at(-1)).toMatchObject({ label: '督促' });
    expect(detail.timeline.at(-1).message).toContain('4,400円');
    t.clock.set(new Date('2026-04-06T00:00:00Z'));
  });
});
