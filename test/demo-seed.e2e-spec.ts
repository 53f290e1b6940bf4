import { UserAccount, currentTotpCode } from '@ringi/auth';
import { Staff, OrgUnit } from '@ringi/hr';
import { seedDemoCity, DEMO_ADMIN_TOTP_SECRET } from '../seeds/demo-city';
import { startTestApp, type TestApp } from './support/test-app';

describe('the demo city みなと市 (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoCity(t.dataSource);
  });
  afterAll(() => t.close());

  it('has the size the README promises and seeds idempotently', async () => {
    const counts = async () => ({
      units: await t.dataSource.getRepository(OrgUnit).count(),
      staff: await t.dataSource.getRepository(Staff).count(),
      accounts: await t.dataSource.getRepository(UserAccount).count(),
    });
    const before = await counts();
    expect(before.staff).toBeGreaterThanOrEqual(110);
    expect(before.units).toBeGreaterThanOrEqual(20);
    const again = await seedDemoCity(t.dataSource);
    expect(again.created).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it.each([
    'staff1',
    'kakaricho1',
    'kacho1',
    'bucho1',
    'fukushicho',
    'shicho',
    'permit1',
    'doro-kacho',
    'kaikei1',
    'jinji1',
    'auditor',
  ])('%s logs in on LGWAN with the demo password', async (username) => {
    await t.login(username);
  });

  it('gives 課長 the manager role from the posting, scoped to the section', async () => {
    const token = await t.login('kacho1');
    const me = await t.on('lgwan').get('/api/auth/me').set('Authorization', `Bearer ${token}`);
    const soumu = await t.dataSource.getRepository(OrgUnit).findOneByOrFail({ code: 'soumu-ka' });
    expect(me.body.roles).toEqual(expect.arrayContaining([{ role: 'manager', scopeUnitId: soumu.id }]));
    expect(me.body.displayName).toBe('北村 直子');
  });

  it('lets admin in with the README TOTP secret and the applicant in on the internet listener', async () => {
    await t.loginWithMfa('admin', DEMO_ADMIN_TOTP_SECRET);
    await t.login('gas@example.jp', 'internet');
  });

  it('serves a staff My Number only on the mynumber listener, to HR with TOTP, audited without the value', async () => {
    const lgwan = await t.login('jinji1');
    const enrol = await t.on('lgwan').post('/api/auth/mfa/enrol').set('Authorization', `Bearer ${lgwan}`);
    await t
      .on('lgwan')
      .post('/api/auth/mfa/enrol/confirm')
      .set('Authorization', `Bearer ${lgwan}`)
      .send({ code: currentTotpCode(enrol.body.secret, t.clock.now()) });
    t.clock.advance(30_000);
    const token = await t.loginWithMfa('jinji1', enrol.body.secret, 'mynumber');
    const auth = { Authorization: `Bearer ${token}` };
    const staff1 = await t.dataSource.getRepository(Staff).findOneByOrFail({ employeeNo: '100006' });

    const bad = await t
      .on('mynumber')
      .put(`/api/mynumber/staff/${staff1.id}`)
      .set(auth)
      .send({ myNumber: '123456789017' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('myNumber');
    expect(
      (await t.on('mynumber').put(`/api/mynumber/staff/${staff1.id}`).set(auth).send({ myNumber: '123456789018' }))
        .status,
    ).toBe(204);
    const read = await t.on('mynumber').get(`/api/mynumber/staff/${staff1.id}`).set(auth);
    expect(read.body).toEqual({ staffId: staff1.id, myNumber: '123456789018' });

    expect(
      (await t.on('lgwan').get(`/api/mynumber/staff/${staff1.id}`).set('Authorization', `Bearer ${lgwan}`)).status,
    ).toBe(404);
    const stored = await t.dataSource.query('SELECT encrypted FROM staff_my_number');
    expect(JSON.stringify(stored)).not.toContain('123456789018');
    const audit = await t.dataSource.query(
      `SELECT action, zone, detail FROM audit_event WHERE action LIKE 'mynumber.%'`,
    );
    expect(audit.map((a: { action: string; zone: string }) => [a.action, a.zone])).toEqual([
      ['mynumber.registered', 'mynumber'],
      ['mynumber.read', 'mynumber'],
    ]);
    expect(JSON.stringify(audit)).not.toContain('123456789018');
  });
});

describe('the demo city workflows (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoCity(t.dataSource);
  });
  afterAll(() => t.close());

  it('deploys the document approval, the generic request and the 専決-routed purchase', async () => {
    const token = await t.login('staff1');
    const res = await t.on('lgwan').get('/api/workflow/definitions').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(res.body.map((d: { processKey: string }) => d.processKey).sort()).toEqual([
      'attendance-correction',
      'attendance-month',
      'attendance-overtime-excess',
      'budget-transfer',
      'commitment-approval',
      'document-approval',
      'generic-request',
      'leave-request',
      'payment-order',
      'purchase-approval',
      'road-occupancy-permit',
    ]);
  });

  it('routes a generic request from staff1 to the 総務課 係長 and 課長', async () => {
    const tokens = {
      staff1: await t.login('staff1'),
      kakaricho1: await t.login('kakaricho1'),
      kacho1: await t.login('kacho1'),
    };
    const as = (who: keyof typeof tokens) => ({ Authorization: `Bearer ${tokens[who]}` });
    const started = await t
      .on('lgwan')
      .post('/api/workflow/instances')
      .set(as('staff1'))
      .send({ definitionKey: 'generic-request', businessKey: 'REQ-1' });
    expect(started.status).toBe(201);
    for (const who of ['staff1', 'kakaricho1', 'kacho1'] as const) {
      const inbox = await t.on('lgwan').get('/api/workflow/tasks').set(as(who));
      const task = inbox.body.items.find((i: { instanceId: number }) => i.instanceId === started.body.id);
      expect((await t.on('lgwan').post(`/api/workflow/tasks/${task.id}/approve`).set(as(who)).send({})).status).toBe(
        200,
      );
    }
    const done = await t.on('lgwan').get(`/api/workflow/instances/${started.body.id}`).set(as('staff1'));
    expect(done.body.status).toBe('completed');
  });
});
