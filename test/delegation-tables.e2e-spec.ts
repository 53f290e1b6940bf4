import { DEMO_ADMIN_TOTP_SECRET, seedDemoCity } from '../seeds/demo-city';
import { startTestApp, type TestApp } from './support/test-app';

describe('専決 tables (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let staff: string;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoCity(t.dataSource);
    admin = await t.loginWithMfa('admin', DEMO_ADMIN_TOTP_SECRET);
    staff = await t.login('staff1');
  });
  afterAll(() => t.close());

  const publish = (body: object, token = admin, key = 'travel') =>
    t
      .on('lgwan')
      .post(`/api/workflow/delegation-tables/${key}/versions`)
      .set('Authorization', `Bearer ${token}`)
      .send(body);

  it('seeds the demo city with a realistic standard table', async () => {
    const res = await t.on('lgwan').get('/api/workflow/delegation-tables').set('Authorization', `Bearer ${staff}`);
    expect(res.status).toBe(200);
    const standard = res.body.find((x: { tableKey: string }) => x.tableKey === 'standard');
    expect(standard).toMatchObject({ version: 1, active: true });
    expect(standard.rules).toEqual(
      expect.arrayContaining([
        { businessType: 'goods', minAmount: 0, maxAmount: 500000, decidingPosition: 'section-chief' },
      ]),
    );
  });

  it('publishes versions; the newest is in force and the older stay on record, audited', async () => {
    const rules = [
      { businessType: 'travel', minAmount: 0, maxAmount: 100000, decidingPosition: 'section-chief' },
      { businessType: 'travel', minAmount: 100001, maxAmount: null, decidingPosition: 'director' },
    ];
    expect((await publish({ name: '旅費 v1', rules })).status).toBe(201);
    const v2 = await publish({
      name: '旅費 v2',
      rules: [
        { ...rules[0], maxAmount: 200000 },
        { ...rules[1], minAmount: 200001 },
      ],
    });
    expect(v2.body).toMatchObject({ tableKey: 'travel', version: 2, active: true });
    const versions = await t
      .on('lgwan')
      .get('/api/workflow/delegation-tables/travel/versions')
      .set('Authorization', `Bearer ${staff}`);
    expect(versions.body.map((v: { version: number; active: boolean }) => [v.version, v.active])).toEqual([
      [2, true],
      [1, false],
    ]);
    const audit = await t.dataSource.query(
      `SELECT targetId FROM audit_event WHERE action = 'workflow.delegation-table.published' ORDER BY seq`,
    );
    expect(audit.map((a: { targetId: string }) => a.targetId)).toEqual(['travel:v1', 'travel:v2']);
  });

  it('refuses a table with a gap, naming the rule, and stores nothing', async () => {
    const res = await publish(
      {
        name: '隙間あり',
        rules: [
          { businessType: 'gift', minAmount: 0, maxAmount: 1000, decidingPosition: 'section-chief' },
          { businessType: 'gift', minAmount: 2000, maxAmount: null, decidingPosition: 'director' },
        ],
      },
      admin,
      'gifts',
    );
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      { field: 'rules.1', messages: ['「gift」の金額区分に隙間があります（1001円〜1999円）'] },
    ]);
    expect(
      (
        await t
          .on('lgwan')
          .get('/api/workflow/delegation-tables/gifts/versions')
          .set('Authorization', `Bearer ${staff}`)
      ).status,
    ).toBe(404);
  });

  it('validates every field and the table key', async () => {
    const res = await publish({
      name: '',
      rules: [{ businessType: 'Goods!', minAmount: -1, maxAmount: 1.5, decidingPosition: 'emperor' }],
    });
    expect(res.status).toBe(400);
    const fields = res.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual([
      'name',
      'rules.0.businessType',
      'rules.0.decidingPosition',
      'rules.0.maxAmount',
      'rules.0.minAmount',
    ]);
    const badKey = await publish({ name: 'x', rules: [] }, admin, 'Bad Key');
    expect(badKey.status).toBe(400);
    expect(badKey.body.errors[0].field).toBe('tableKey');
  });

  it('lets only workflow admins publish', async () => {
    const res = await publish(
      { name: 'x', rules: [{ businessType: 'x', minAmount: 0, maxAmount: null, decidingPosition: 'mayor' }] },
      staff,
    );
    expect(res.status).toBe(403);
  });
});
