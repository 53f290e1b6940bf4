import { DEMO_FEE_TABLE, NATIONAL_FEE_RULES } from '../index';
import { POLE, startPermitsApp, type PermitsApp } from '../test-support/permits-app';

describe('the fee breakdown kept with the case: a later fee table changes no decided permit (e2e)', () => {
  let p: PermitsApp;
  let applicant: string;

  beforeAll(async () => {
    p = await startPermitsApp();
    applicant = await p.t.login('gas@example.jp', 'internet');
  });
  afterAll(() => p.t.close());

  it('stores the breakdown per fiscal year at submission and bills it on 許可 after the table changed', async () => {
    const submitted = await p
      .portal(applicant)
      .post('/api/portal/permits/applications', { ...POLE, periodTo: '2028-03-31' });
    expect(submitted.status).toBe(201);
    expect(submitted.body.feeBreakdown).toMatchObject({
      tableVersion: 'R6',
      feeDistrict: 1,
      totalYen: 9200,
      fiscalYears: [
        { fiscalYear: 2026, months: 11, unitPrice: 2400, quantity: 2, yen: 4400 },
        { fiscalYear: 2027, months: 12, unitPrice: 2400, quantity: 2, yen: 4800 },
      ],
    });

    // The ordinance is amended with effect before the period starts: a fresh quote would now be dearer.
    const raised = await p.clerk('doro-kacho').post('/api/permits/fee-tables', {
      version: 'R8',
      effectiveFrom: '2026-04-01',
      rules: NATIONAL_FEE_RULES,
      prices: DEMO_FEE_TABLE.prices.map((price) => ({ ...price, unitPrice: price.unitPrice * 2 })),
    });
    expect(raised.status).toBe(201);
    const fresh = await p.t.on('internet').post('/api/permits/fee-quote').send({
      category: '第一種電柱',
      feeDistrict: 1,
      quantity: 2,
      from: POLE.periodFrom,
      to: '2028-03-31',
    });
    expect(fresh.body).toMatchObject({ tableVersion: 'R8', totalYen: 18400 });

    // A clerk's change of 級地 keeps the table the case was priced with.
    const override = await p
      .clerk('permit1')
      .put(`/api/permits/applications/${submitted.body.id}/fee-district`, { feeDistrict: 2, reason: '現地確認の結果' });
    expect(override.body.feeBreakdown).toMatchObject({ tableVersion: 'R6', feeDistrict: 2, totalYen: 6900 });

    await p.decide(submitted.body);
    const decided = (await p.portal(applicant).get(`/api/portal/permits/applications/${submitted.body.id}`)).body;
    expect(decided.status).toBe('permitted');
    expect(decided.feeBreakdown).toMatchObject({ tableVersion: 'R6', totalYen: 6900 });
    expect(decided.bills.map((b: { amountYen: number }) => b.amountYen)).toEqual([3300, 3600]);
  });

  it('prices an application submitted after the amendment by the new table', async () => {
    const submitted = await p.portal(applicant).post('/api/portal/permits/applications', POLE);
    expect(submitted.body).toMatchObject({ quotedFeeYen: 8800, feeBreakdown: { tableVersion: 'R8' } });
  });
});
