import { extractPdfText } from '@ringi/platform';
import { createAccount } from '../../../../test/support/accounts';
import { POLE, startPermitsApp, type PermitsApp } from '../test-support/permits-app';
import { PermitPayment } from './permit-payment.entity';

describe('納付書: the payment slip of a bill and its payment recorded by a clerk (e2e)', () => {
  let p: PermitsApp;
  let applicant: string;
  let bills: Array<{ id: number; billNumber: string; amountYen: number }>;
  let applicationId: number;

  beforeAll(async () => {
    p = await startPermitsApp();
    applicant = await p.t.login('gas@example.jp', 'internet');
    const { body } = await p
      .portal(applicant)
      .post('/api/portal/permits/applications', { ...POLE, periodTo: '2028-03-31' });
    await p.decide(body);
    applicationId = body.id;
    bills = (await p.portal(applicant).get(`/api/portal/permits/applications/${body.id}`)).body.bills;
  });
  afterAll(() => p.t.close());

  it('gives the payer a slip with the payer, amount, 納期限, 納付番号 and the city’s account', async () => {
    const [first] = bills;
    expect(first.billNumber).toBe(`2026-${String(first.id).padStart(6, '0')}`);
    const res = await p.portal(applicant).get(`/api/portal/permits/bills/${first.id}/slip.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = (await extractPdfText(res.body as Buffer)).replace(/\s+/g, '');
    for (const expected of [
      '道路占用料納付書',
      'みなとガス',
      '4,400円',
      first.billNumber,
      'みなと銀行',
      '令和8年5月6日',
    ]) {
      expect(text).toContain(expected);
    }
    expect((await p.clerk('permit1').get(`/api/permits/bills/${first.id}/slip.pdf`)).status).toBe(200);
    await createAccount(p.t.dataSource, { username: 'other@example.jp', kind: 'applicant', roles: ['applicant'] });
    const other = await p.t.login('other@example.jp', 'internet');
    expect((await p.portal(other).get(`/api/portal/permits/bills/${first.id}/slip.pdf`)).status).toBe(404);
    expect((await p.clerk('permit1').get('/api/permits/bills/99999/slip.pdf')).status).toBe(404);
  });

  it('records a slip payment once per receipt number and refuses a second payment of a paid bill', async () => {
    const [first, second] = bills;
    const pay = (billId: number, body: object) =>
      p.clerk('permit1').post(`/api/permits/bills/${billId}/slip-payment`, body);
    expect((await pay(first.id, { receiptNumber: '', paidOn: '2026-04-06' })).status).toBe(400);
    expect((await pay(first.id, { receiptNumber: '領収1', paidOn: '2026-04-06' })).status).toBe(400);
    expect((await pay(first.id, { receiptNumber: 'R-1', paidOn: '2026-04-31' })).status).toBe(400);
    const future = await pay(first.id, { receiptNumber: 'R-1', paidOn: '2026-04-07' });
    expect(future.status).toBe(400);
    expect(future.body.errors[0].field).toBe('paidOn');
    expect((await pay(99999, { receiptNumber: 'R-1', paidOn: '2026-04-06' })).status).toBe(404);

    const once = await pay(first.id, { receiptNumber: 'R-1', paidOn: '2026-04-06' });
    expect(once.status).toBe(200);
    expect(once.body).toEqual({ received: 'recorded' });
    expect((await pay(first.id, { receiptNumber: 'R-1', paidOn: '2026-04-06' })).body).toEqual({
      received: 'duplicate',
    });
    expect((await pay(first.id, { receiptNumber: 'R-2', paidOn: '2026-04-06' })).status).toBe(409);
    expect((await pay(second.id, { receiptNumber: 'R-1', paidOn: '2026-04-06' })).status).toBe(409);
    expect(await p.t.dataSource.getRepository(PermitPayment).countBy({ billId: first.id })).toBe(1);
    expect(
      (
        await p
          .portal(applicant)
          .post(`/api/permits/bills/${second.id}/slip-payment`, { receiptNumber: 'R-3', paidOn: '2026-04-06' })
      ).status,
    ).toBe(404);

    const detail = (await p.portal(applicant).get(`/api/portal/permits/applications/${applicationId}`)).body;
    expect(detail.bills.map((b: { status: string }) => b.status)).toEqual(['paid', 'unpaid']);
    expect(detail.timeline.at(-1)).toMatchObject({ label: '納付済' });
    expect(detail.timeline.at(-1).message).toContain('納付書');
  });
});
