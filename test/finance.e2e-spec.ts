import iconv from 'iconv-lite';
import { BudgetLine, Payee } from '@ringi/finance';
import { seedDemoCity } from '../seeds/demo-city';
import { startTestApp, type TestApp } from './support/test-app';
import { WorkflowClient } from './support/workflow-client';

interface Balance {
  budget: number;
  reserved: number;
  committed: number;
  paid: number;
  unpaid: number;
  available: number;
}

describe('finance: budget, 支出負担行為, 支出命令 and the 会計室 (e2e)', () => {
  let t: TestApp;
  let wf: WorkflowClient;
  let lineId: (setsu: string) => number;
  let payeeId: number;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-05-11T00:00:00Z' }); // a Monday, 09:00 JST, 令和8年度
    await seedDemoCity(t.dataSource);
    wf = new WorkflowClient(t);
    const lines = await t.dataSource.getRepository(BudgetLine).find();
    lineId = (setsu) => lines.find((l) => l.setsu === setsu)!.id;
    payeeId = (await t.dataSource.getRepository(Payee).findOneByOrFail({ name: '株式会社みなと商事' })).id;
  });
  afterAll(() => t.close());

  const balance = async (id: number): Promise<Balance> =>
    (await wf.get(`/api/finance/budget-lines/${id}`, 'staff1')).body.balance;

  const patch = async (url: string, who: string, body: object) =>
    t
      .on('lgwan')
      .patch(url)
      .set('Authorization', `Bearer ${await wf.token(who)}`)
      .send(body);

  /** A download as raw bytes (Shift_JIS must not be decoded as UTF-8 on the way). */
  const bytesOf = async (url: string, who: string) =>
    t
      .on('lgwan')
      .get(url)
      .set('Authorization', `Bearer ${await wf.token(who)}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

  /** A budget line of its own for a test, so tests do not share balances. */
  const newLine = async (code: string, initialAmount: number): Promise<number> => {
    const unitId = (await t.dataSource.getRepository(BudgetLine).findOneByOrFail({ id: lineId('需用費') })).unitId;
    const res = await wf.post('/api/finance/budget-lines', 'kaikei1', {
      fiscalYear: 2026,
      unitId,
      code,
      kan: '総務費',
      kou: '総務管理費',
      moku: '一般管理費',
      setsu: `テスト用 ${code}`,
      initialAmount,
    });
    expect(res.status).toBe(201);
    return res.body.id;
  };

  const draft = async (budgetLineId: number, amount: number, kind = 'goods', who = 'staff1') => {
    const res = await wf.post('/api/finance/commitments', who, {
      budgetLineId,
      payeeId,
      kind,
      amount,
      description: 'コピー用紙 A4',
    });
    expect(res.status).toBe(201);
    return res.body as { id: number; status: string };
  };

  const submit = async (id: number, who = 'staff1') => wf.post(`/api/finance/commitments/${id}/submit`, who);

  /** Drafts, submits and decides a commitment through 係長 and the 専決 decider. */
  const decided = async (budgetLineId: number, amount: number, decider = 'kacho1') => {
    const c = await draft(budgetLineId, amount);
    const submitted = await submit(c.id);
    expect(submitted.status).toBe(200);
    await wf.act('kakaricho1', submitted.body.instanceId);
    await wf.act(decider, submitted.body.instanceId);
    return (await wf.get(`/api/finance/commitments/${c.id}`, 'staff1')).body;
  };

  it('reserves on submit, consumes on decision; exactly 50万円 of goods is the 課長専決', async () => {
    const line = await newLine('99.01.01.01', 1_000_000);
    const c = await draft(line, 500_000);
    expect(c.status).toBe('draft');
    expect((await balance(line)).available).toBe(1_000_000);

    const submitted = await submit(c.id);
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');
    expect(await balance(line)).toMatchObject({ reserved: 500_000, available: 500_000 });

    const instanceId = submitted.body.instanceId;
    // The drafter's 起案 step was passed on submit; the case waits on the 係長.
    expect(await wf.hasTask('staff1', instanceId)).toBe(false);
    await wf.act('kakaricho1', instanceId);
    expect(await wf.hasTask('bucho1', instanceId)).toBe(false);
    await wf.act('kacho1', instanceId);

    const after = await wf.get(`/api/finance/commitments/${c.id}`, 'staff1');
    expect(after.body).toMatchObject({ status: 'decided', remaining: 500_000, lineBalance: { available: 500_000 } });
    expect(await balance(line)).toMatchObject({ reserved: 0, committed: 500_000, unpaid: 500_000, available: 500_000 });
  });

  it('routes 50万1円 of goods to the 部長', async () => {
    const line = await newLine('99.01.01.02', 1_000_000);
    const c = await draft(line, 500_001);
    const { instanceId } = (await submit(c.id)).body;
    await wf.act('kakaricho1', instanceId);
    expect(await wf.hasTask('kacho1', instanceId)).toBe(false);
    await wf.act('bucho1', instanceId);
    expect((await wf.get(`/api/finance/commitments/${c.id}`, 'staff1')).body.status).toBe('decided');
  });

  it('releases the reservation when the commitment is rejected or withdrawn', async () => {
    const line = await newLine('99.01.01.03', 1_000_000);
    const rejected = await draft(line, 300_000);
    const r = (await submit(rejected.id)).body;
    await wf.act('kakaricho1', r.instanceId);
    await wf.act('kacho1', r.instanceId, 'reject', { comment: '見積を取り直すこと' });
    expect((await wf.get(`/api/finance/commitments/${rejected.id}`, 'staff1')).body.status).toBe('rejected');

    const withdrawn = await draft(line, 400_000);
    await submit(withdrawn.id);
    expect((await balance(line)).reserved).toBe(400_000);
    const res = await wf.post(`/api/finance/commitments/${withdrawn.id}/withdraw`, 'staff1', { comment: '取りやめ' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('withdrawn');
    expect(await balance(line)).toMatchObject({ reserved: 0, committed: 0, available: 1_000_000 });
  });

  it('refuses a commitment over the balance with the balance in the message, and bad input with field messages', async () => {
    const line = await newLine('99.01.01.04', 100_000);
    const tooMuch = await draft(line, 100_001);
    const refused = await submit(tooMuch.id);
    expect(refused.status).toBe(422);
    expect(refused.body.message).toContain('100,000円');
    expect((await balance(line)).reserved).toBe(0);

    const body = { budgetLineId: line, payeeId, kind: 'goods', amount: 1000, description: '消耗品' };
    for (const amount of [0, -1, 1.5, '1000', null]) {
      const res = await wf.post('/api/finance/commitments', 'staff1', { ...body, amount });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'amount', messages: [expect.stringContaining('整数')] }]);
    }
    // A draft may be changed by its drafter until it is submitted, with the same checks.
    const fixed = await patch(`/api/finance/commitments/${tooMuch.id}`, 'staff1', { amount: 100_000 });
    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatchObject({ amount: 100_000, status: 'draft' });
    expect((await patch(`/api/finance/commitments/${tooMuch.id}`, 'staff1', { amount: 0 })).status).toBe(400);
    expect((await patch(`/api/finance/commitments/${tooMuch.id}`, 'kakaricho1', { amount: 1 })).status).toBe(403);
    const mine = await wf.get('/api/finance/commitments?mine=true', 'staff1');
    expect(mine.body.map((c: { id: number }) => c.id)).toContain(tooMuch.id);
    expect((await wf.get('/api/finance/commitments?mine=true', 'kakaricho1')).body).toEqual([]);
    const unknownLine = await wf.post('/api/finance/commitments', 'staff1', { ...body, budgetLineId: 999_999 });
    expect(unknownLine.status).toBe(400);
    expect(unknownLine.body.errors[0].field).toBe('budgetLineId');
    const badKind = await wf.post('/api/finance/commitments', 'staff1', { ...body, kind: 'salary' });
    expect(badKind.status).toBe(400);
    // 道路管理課's clerk may not spend 総務課's budget.
    expect((await wf.post('/api/finance/commitments', 'permit1', body)).status).toBe(403);
    // Only the drafter submits.
    expect((await submit(tooMuch.id, 'kakaricho1')).status).toBe(403);
  });

  it('orders payments up to the commitment, has the 会計室 examine them and pays them in a Zengin file', async () => {
    const line = await newLine('99.01.01.05', 2_000_000);
    const commitment = await decided(line, 500_000);
    const order = (amount: number) =>
      wf.post('/api/finance/payment-orders', 'staff1', {
        commitmentId: commitment.id,
        amount,
        invoiceDate: '2026-05-08',
        dueDate: '2026-06-05',
      });
    const first = await order(300_000);
    expect(first.status).toBe(201);
    expect(first.body.status).toBe('examining');
    // 支払遅延防止法: 30 days from the invoice; a due date of 06-05 keeps it.
    expect(first.body.paymentDeadline).toEqual({ deadline: '2026-06-07', warnings: [] });
    const late = await wf.post('/api/finance/payment-orders', 'staff1', {
      commitmentId: commitment.id,
      amount: 1,
      invoiceDate: '2026-05-08',
      dueDate: '2026-06-08',
    });
    expect(late.body.paymentDeadline).toEqual({ deadline: '2026-06-07', warnings: ['dueAfterDeadline'] });
    const warned = await wf.get('/api/finance/payment-orders?deadlineWarning=true', 'kaikei1');
    expect(warned.body.map((o: { id: number }) => o.id)).toEqual([late.body.id]);
    expect((await wf.post(`/api/finance/payment-orders/${late.body.id}/withdraw`, 'staff1')).body.status).toBe(
      'withdrawn',
    );
    const over = await order(200_001);
    expect(over.status).toBe(422);
    expect(over.body.message).toContain('200,000円');

    const instanceId = first.body.instanceId;
    await wf.act('kacho1', instanceId);
    await wf.act('kaikei1', instanceId, 'send-back', { comment: '請求書の日付を確認してください' });
    let view = (await wf.get(`/api/finance/payment-orders/${first.body.id}`, 'staff1')).body;
    expect(view).toMatchObject({ status: 'sentBack', sentBackReason: '請求書の日付を確認してください' });
    // The drafter corrects the order, within what the commitment has left, and passes it on again.
    expect((await patch(`/api/finance/payment-orders/${first.body.id}`, 'staff1', { amount: 500_001 })).status).toBe(
      422,
    );
    const fixed = await patch(`/api/finance/payment-orders/${first.body.id}`, 'staff1', { invoiceDate: '2026-05-07' });
    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatchObject({ invoiceDate: '2026-05-07', paymentDeadline: { deadline: '2026-06-06' } });
    await wf.act('staff1', instanceId);
    expect((await wf.get(`/api/finance/payment-orders/${first.body.id}`, 'staff1')).body.status).toBe('examining');
    expect((await patch(`/api/finance/payment-orders/${first.body.id}`, 'staff1', { amount: 1 })).status).toBe(409);
    await wf.act('kacho1', instanceId);
    await wf.act('kaikei1', instanceId);
    view = (await wf.get(`/api/finance/payment-orders/${first.body.id}`, 'staff1')).body;
    expect(view).toMatchObject({
      status: 'approved',
      commitment: { id: commitment.id, amount: 500_000 },
      payee: { name: '株式会社みなと商事', holderKana: 'ｶ)ﾐﾅﾄｼﾖｳｼﾞ' },
    });

    expect((await wf.post('/api/finance/transfer-batches', 'staff1', { transferDate: '2026-05-29' })).status).toBe(403);
    const run = await wf.post('/api/finance/transfer-batches', 'kaikei1', { transferDate: '2026-05-29' });
    expect(run.status).toBe(201);
    expect(run.body).toMatchObject({ count: 1, total: 300_000 });
    expect((await wf.get(`/api/finance/payment-orders/${first.body.id}`, 'staff1')).body.status).toBe('paid');
    expect(await balance(line)).toMatchObject({
      committed: 500_000,
      paid: 300_000,
      unpaid: 200_000,
      available: 1_500_000,
    });

    const file = await bytesOf(`/api/finance/transfer-batches/${run.body.id}/transfer-file`, 'kaikei1');
    expect(file.status).toBe(200);
    const bytes = file.body as Buffer;
    expect(bytes.length).toBe(4 * 122);
    const records = iconv.decode(bytes, 'Shift_JIS').split('\r\n');
    expect(records.slice(0, 4).map((r) => r[0])).toEqual(['1', '2', '8', '9']);
    expect(records[1].slice(50, 80)).toBe('ｶ)ﾐﾅﾄｼﾖｳｼﾞ'.padEnd(30));
    expect(records[1].slice(80, 90)).toBe('0000300000');
    expect(records[2].slice(1, 19)).toBe('000001000000300000');
  });

  it('settles a 概算払 (精算) and corrects a commitment (更正)', async () => {
    const line = await newLine('99.01.01.06', 1_000_000);
    const commitment = await decided(line, 400_000);
    const advance = await wf.post('/api/finance/payment-orders', 'staff1', {
      commitmentId: commitment.id,
      kind: 'advance',
      amount: 100_000,
      invoiceDate: '2026-05-11',
      dueDate: '2026-05-20',
    });
    expect(advance.status).toBe(201);
    expect(
      (
        await wf.post(`/api/finance/payment-orders/${advance.body.id}/settle`, 'staff1', {
          actualAmount: 90_000,
          invoiceDate: '2026-05-11',
          dueDate: '2026-05-20',
        })
      ).status,
    ).toBe(409);
    await wf.act('kacho1', advance.body.instanceId);
    await wf.act('kaikei1', advance.body.instanceId);
    await wf.post('/api/finance/transfer-batches', 'kaikei1', { transferDate: '2026-05-15' });
    expect((await balance(line)).paid).toBe(100_000);

    const settled = await wf.post(`/api/finance/payment-orders/${advance.body.id}/settle`, 'staff1', {
      actualAmount: 130_000,
      invoiceDate: '2026-05-25',
      dueDate: '2026-06-10',
    });
    expect(settled.status).toBe(200);
    expect(settled.body).toMatchObject({ kind: 'settlement', amount: 30_000, advanceOrderId: advance.body.id });

    // 更正: not below what is ordered (130,000), and the reduction goes back to the line.
    const tooLow = await wf.post(`/api/finance/commitments/${commitment.id}/corrections`, 'staff1', {
      amount: 129_999,
      reason: '減額',
    });
    expect(tooLow.status).toBe(422);
    const corrected = await wf.post(`/api/finance/commitments/${commitment.id}/corrections`, 'staff1', {
      amount: 130_000,
      reason: '実績による減額更正',
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body.corrections).toEqual([
      expect.objectContaining({ previousAmount: 400_000, newAmount: 130_000 }),
    ]);
    expect((await balance(line)).available).toBe(870_000);
  });

  it('moves budget between lines by 流用 once the 財政課 decides', async () => {
    const from = await newLine('99.01.02.01', 500_000);
    const to = await newLine('99.01.02.02', 0);
    const res = await wf.post('/api/finance/budget-transfers', 'staff1', {
      fromLineId: from,
      toLineId: to,
      amount: 200_000,
      reason: '備品の更新',
    });
    expect(res.status).toBe(201);
    expect((await balance(from)).available).toBe(300_000);
    await wf.act('kacho1', res.body.instanceId);
    await wf.act('kaikei1', res.body.instanceId);
    expect((await wf.get(`/api/finance/budget-transfers/${res.body.id}`, 'staff1')).body.status).toBe('decided');
    expect(await balance(from)).toMatchObject({ budget: 300_000, reserved: 0, available: 300_000 });
    expect(await balance(to)).toMatchObject({ budget: 200_000, available: 200_000 });

    const over = await wf.post('/api/finance/budget-transfers', 'staff1', {
      fromLineId: from,
      toLineId: to,
      amount: 300_001,
      reason: '超過',
    });
    expect(over.status).toBe(422);
  });

  it('reports budget execution and payee totals as CSV that Excel opens', async () => {
    const csv = await wf.get('/api/finance/reports/budget-execution?fiscalYear=2026&format=csv', 'staff1');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    expect(csv.text).toContain('予算現額');
    expect(csv.text).toContain('需用費');
    const sjis = await bytesOf('/api/finance/reports/payees?fiscalYear=2026&format=csv&encoding=shift_jis', 'staff1');
    expect(iconv.decode(sjis.body as Buffer, 'Shift_JIS')).toContain('株式会社みなと商事');
    const execution = await wf.get('/api/finance/reports/budget-execution?fiscalYear=2026', 'staff1');
    expect(execution.body.sections).toEqual([
      expect.objectContaining({ unitName: '総務課', totals: expect.objectContaining({ budget: expect.any(Number) }) }),
    ]);
    const json = await wf.get('/api/finance/reports/payees?fiscalYear=2026', 'staff1');
    expect(json.body[0]).toMatchObject({ payeeName: '株式会社みなと商事' });
  });

  it("registers payees with a checked bank account and the holder in the bank's kana", async () => {
    const payee = {
      name: '山田 太郎',
      address: 'みなと市本町1-1',
      bankCode: '0001',
      branchCode: '001',
      accountType: 'ordinary',
      accountNumber: '0012345',
      holderKana: 'やまだ　たろう',
    };
    const created = await wf.post('/api/finance/payees', 'staff1', payee);
    expect(created.status).toBe(201);
    expect(created.body.holderKana).toBe('ﾔﾏﾀﾞ ﾀﾛｳ');
    const bad = await wf.post('/api/finance/payees', 'staff1', {
      ...payee,
      bankCode: '1',
      accountType: 'savings',
      accountNumber: '12345678',
      holderKana: '山田太郎',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'bankCode',
      'accountType',
      'accountNumber',
      'holderKana',
    ]);
  });

  it('takes 補正 for the 財政課 only, and no 減額補正 below what is used', async () => {
    const line = await newLine('99.01.03.01', 100_000);
    await decided(line, 80_000);
    expect(
      (await wf.post(`/api/finance/budget-lines/${line}/supplements`, 'staff1', { amount: 1, reason: '補正' })).status,
    ).toBe(403);
    const up = await wf.post(`/api/finance/budget-lines/${line}/supplements`, 'kaikei1', {
      amount: 50_000,
      reason: '6月補正',
    });
    expect(up.status).toBe(201);
    expect(up.body.balance).toMatchObject({ budget: 150_000, available: 70_000 });
    const down = await wf.post(`/api/finance/budget-lines/${line}/supplements`, 'kaikei1', {
      amount: -70_001,
      reason: '減額',
    });
    expect(down.status).toBe(422);
    expect(down.body.message).toContain('70,000円');
    const zero = await wf.post(`/api/finance/budget-lines/${line}/supplements`, 'kaikei1', {
      amount: 0,
      reason: 'ゼロ',
    });
    expect(zero.status).toBe(400);
  });

  it('settles a 概算払 that cost less than advanced: the rest comes back (戻入)', async () => {
    const line = await newLine('99.01.01.07', 1_000_000);
    const commitment = await decided(line, 200_000);
    const advance = await wf.post('/api/finance/payment-orders', 'staff1', {
      commitmentId: commitment.id,
      kind: 'advance',
      amount: 100_000,
      invoiceDate: '2026-05-11',
      dueDate: '2026-05-20',
    });
    await wf.act('kacho1', advance.body.instanceId);
    await wf.act('kaikei1', advance.body.instanceId);
    await wf.post('/api/finance/transfer-batches', 'kaikei1', { transferDate: '2026-05-15' });
    const settled = await wf.post(`/api/finance/payment-orders/${advance.body.id}/settle`, 'staff1', {
      actualAmount: 80_000,
      invoiceDate: '2026-05-25',
      dueDate: '2026-06-10',
    });
    expect(settled.status).toBe(200);
    expect(settled.body).toMatchObject({ id: advance.body.id, kind: 'advance', settledAmount: 80_000 });
    expect(await balance(line)).toMatchObject({ committed: 200_000, paid: 80_000, unpaid: 120_000 });
    expect((await wf.get(`/api/finance/commitments/${commitment.id}`, 'staff1')).body.remaining).toBe(120_000);
  });

  it('frees what a payment order took from the commitment when the 会計室 rejects it', async () => {
    const line = await newLine('99.01.01.08', 1_000_000);
    const commitment = await decided(line, 100_000);
    const order = await wf.post('/api/finance/payment-orders', 'staff1', {
      commitmentId: commitment.id,
      amount: 100_000,
      invoiceDate: '2026-05-11',
      dueDate: '2026-05-29',
    });
    expect((await wf.get(`/api/finance/commitments/${commitment.id}`, 'staff1')).body.remaining).toBe(0);
    await wf.act('kacho1', order.body.instanceId);
    await wf.act('kaikei1', order.body.instanceId, 'reject', { comment: '二重請求のため' });
    expect((await wf.get(`/api/finance/payment-orders/${order.body.id}`, 'staff1')).body.status).toBe('rejected');
    expect((await wf.get(`/api/finance/commitments/${commitment.id}`, 'staff1')).body.remaining).toBe(100_000);
    expect(await balance(line)).toMatchObject({ committed: 100_000, paid: 0, available: 900_000 });
  });
});
