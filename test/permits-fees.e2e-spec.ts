import { AuditEvent } from '@ringi/auth';
import { DEMO_FEE_TABLE, NATIONAL_FEE_RULES, PermitFeeTable } from '@ringi/permits';
import { seedDemoCity } from '../seeds/demo-city';
import { startTestApp, type TestApp } from './support/test-app';

describe('占用料: the fee quote and the versioned tables (e2e)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-04-06T00:00:00Z' });
    await seedDemoCity(t.dataSource);
    admin = await t.login('doro-kacho');
  });
  afterAll(() => t.close());

  const quote = (zone: 'lgwan' | 'internet', body: object) => t.on(zone).post('/api/permits/fee-quote').send(body);
  const THREE_POLES = { category: '第一種電柱', feeDistrict: 1, quantity: 3, from: '2026-10-15', to: '2027-06-30' };

  it('quotes the same figures to applicants on the internet listener and to clerks on LGWAN, per fiscal year', async () => {
    const internet = await quote('internet', THREE_POLES);
    expect(internet.status).toBe(200);
    expect(internet.body).toMatchObject({ tableVersion: 'R6', totalYen: 5400, unit: 'pole' });
    expect(internet.body.fiscalYears).toEqual([
      expect.objectContaining({ fiscalYear: 2026, months: 6, unitPrice: 2400, quantity: 3, yen: 3600 }),
      expect.objectContaining({ fiscalYear: 2027, months: 3, unitPrice: 2400, quantity: 3, yen: 1800 }),
    ]);
    expect((await quote('lgwan', THREE_POLES)).body).toEqual(internet.body);
  });

  it('answers bad input with 400 per field and an unknown category or district with 422', async () => {
    const bad = await quote('internet', {
      category: '',
      feeDistrict: 0,
      quantity: -1,
      from: '2026-02-30',
      to: 'x',
      extra: 1,
    });
    expect(bad.status).toBe(400);
    const fields = (bad.body.errors as Array<{ field: string }>).map((e) => e.field).sort();
    expect(fields).toEqual(['category', 'extra', 'feeDistrict', 'from', 'quantity', 'to']);
    const unknown = await quote('internet', { ...THREE_POLES, category: '橋梁' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.message).toContain('橋梁');
    expect(unknown.body.errors).toEqual([{ field: 'category', messages: [unknown.body.message] }]);
    const backwards = await quote('internet', { ...THREE_POLES, to: '2026-10-01' });
    expect(backwards.status).toBe(422);
    expect(backwards.body.errors[0].field).toBe('to');
  });

  it('a new table version applies from its effective date; earlier periods keep the old prices', async () => {
    const raised = {
      version: 'R9',
      effectiveFrom: '2027-04-01',
      rules: NATIONAL_FEE_RULES,
      prices: DEMO_FEE_TABLE.prices.map((p) =>
        p.category === '第一種電柱' ? { ...p, unitPrice: p.unitPrice + 600 } : p,
      ),
    };
    const created = await t
      .on('lgwan')
      .post('/api/permits/fee-tables')
      .set('Authorization', `Bearer ${admin}`)
      .send(raised);
    expect(created.status).toBe(201);
    expect((await quote('internet', THREE_POLES)).body.totalYen).toBe(5400);
    const later = await quote('internet', { ...THREE_POLES, from: '2027-04-01', to: '2028-03-31' });
    expect(later.body).toMatchObject({ tableVersion: 'R9', totalYen: 9000 });
    expect(
      await t.dataSource.getRepository(AuditEvent).findOneBy({ action: 'permits.fee-table.created' }),
    ).toBeTruthy();

    const again = await t
      .on('lgwan')
      .post('/api/permits/fee-tables')
      .set('Authorization', `Bearer ${admin}`)
      .send(raised);
    expect(again.status).toBe(409);
    const duplicate = await t
      .on('lgwan')
      .post('/api/permits/fee-tables')
      .set('Authorization', `Bearer ${admin}`)
      .send({ ...raised, version: 'R10', prices: [raised.prices[0], raised.prices[0]] });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.errors[0].messages[0]).toContain('第一種電柱');
    expect(await t.dataSource.getRepository(PermitFeeTable).count()).toBe(2);
  });

  it('keeps table maintenance to permit admins on LGWAN', async () => {
    for (const who of ['staff1', 'permit1']) {
      const token = await t.login(who);
      const res = await t.on('lgwan').post('/api/permits/fee-tables').set('Authorization', `Bearer ${token}`).send({});
      expect(res.status).toBe(403);
    }
    expect((await t.on('internet').get('/api/permits/fee-tables')).status).toBe(404);
  });
});
