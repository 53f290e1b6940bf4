import { seedDemoCity, DEMO_ADMIN_TOTP_SECRET } from '../../../../seeds/demo-city';
import { startTestApp, type TestApp } from '../../../../test/support/test-app';

describe('the web app’s read models: my requests, case route, instance monitor (e2e)', () => {
  let t: TestApp;
  let staff1: string;
  let kakaricho1: string;
  let permit1: string;
  let admin: string;
  let instanceId: number;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoCity(t.dataSource);
    [staff1, kakaricho1, permit1] = await Promise.all([t.login('staff1'), t.login('kakaricho1'), t.login('permit1')]);
    admin = await t.loginWithMfa('admin', DEMO_ADMIN_TOTP_SECRET);
    const started = await t
      .on('lgwan')
      .post('/api/workflow/instances')
      .set('Authorization', `Bearer ${staff1}`)
      .send({ definitionKey: 'generic-request', businessKey: 'REQ-1', variables: { title: '備品の購入' } });
    expect(started.status).toBe(201);
    instanceId = started.body.id;
    const draft = started.body.openTasks[0].id;
    const approved = await t
      .on('lgwan')
      .post(`/api/workflow/tasks/${draft}/approve`)
      .set('Authorization', `Bearer ${staff1}`)
      .send({});
    expect(approved.status).toBe(200);
  });
  afterAll(() => t.close());

  const get = (path: string, token: string, zone: 'lgwan' | 'internet' = 'lgwan') =>
    t.on(zone).get(path).set('Authorization', `Bearer ${token}`);

  it('lists the cases I started with the step open now', async () => {
    const res = await get('/api/web/my-requests', staff1);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      expect.objectContaining({
        id: instanceId,
        title: '備品の購入',
        status: 'running',
        openSteps: [expect.objectContaining({ name: '係長承認' })],
      }),
    ]);
    expect((await get('/api/web/my-requests', kakaricho1)).body).toEqual([]);
  });

  it('lays out the route of a case for the drafter and the approver, with the drafter’s stamp', async () => {
    for (const token of [staff1, kakaricho1, admin]) {
      const res = await get(`/api/web/cases/${instanceId}`, token);
      expect(res.status).toBe(200);
      expect(res.body.steps.map((s: { elementId: string; state: string }) => [s.elementId, s.state])).toEqual([
        ['draft', 'done'],
        ['kakaricho', 'current'],
        ['kacho', 'pending'],
      ]);
      expect(res.body.steps[0].stamp).toMatchObject({ action: 'approved', capacity: 'self' });
    }
  });

  it('refuses the case to someone it does not concern, and unknown cases', async () => {
    expect((await get(`/api/web/cases/${instanceId}`, permit1)).status).toBe(403);
    expect((await get('/api/web/cases/99999', staff1)).status).toBe(404);
  });

  it('shows workflow admins every running instance and its open steps, to nobody else', async () => {
    const res = await get('/api/web/admin/instances', admin);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      expect.objectContaining({ id: instanceId, overdue: false, stuck: false, openSteps: [expect.any(Object)] }),
    ]);
    expect((await get('/api/web/admin/instances?status=completed', admin)).body).toEqual([]);
    expect((await get('/api/web/admin/instances?status=nonsense', admin)).status).toBe(400);
    expect((await get('/api/web/admin/instances', staff1)).status).toBe(403);
  });

  it('marks a step past its due time as overdue', async () => {
    t.clock.advance(10 * 24 * 3600_000);
    const later = await t.loginWithMfa('admin', DEMO_ADMIN_TOTP_SECRET);
    const res = await get('/api/web/admin/instances', later);
    expect(res.body[0]).toMatchObject({ overdue: true });
  });
});
