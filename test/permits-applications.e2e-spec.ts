import { AuditEvent } from '@ringi/auth';
import { PermitApplication } from '@ringi/permits';
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
    expect(detail.body.businessLink).toBe(`/permits/applications/${id}`);
    await wf.act('permit1', instanceId);
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
    await wf.act('permit1', instanceId);
    expect(await wf.taskOf('permit1', instanceId)).toMatchObject({ elementId: 'police', stepKind: 'consult' });
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
});
