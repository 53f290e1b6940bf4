import { BudgetLine, Payee } from '@ringi/finance';
import { seedDemoCity } from '../seeds/demo-city';
import { startTestApp, type TestApp } from './support/test-app';
import { WorkflowClient } from './support/workflow-client';

describe('finance: two API processes racing for the last yen of a budget line (e2e)', () => {
  let first: TestApp;
  let second: TestApp;
  let tokens: Record<'staff1' | 'kaikei1', string>;
  let payeeId: number;
  let unitId: number;

  beforeAll(async () => {
    first = await startTestApp({ now: '2026-05-11T00:00:00Z' });
    await seedDemoCity(first.dataSource);
    second = await startTestApp({ database: first.database, now: '2026-05-11T00:00:00Z' });
    tokens = { staff1: await first.login('staff1'), kaikei1: await first.login('kaikei1') };
    payeeId = (await first.dataSource.getRepository(Payee).findOneByOrFail({ name: '株式会社みなと商事' })).id;
    unitId = (await first.dataSource.getRepository(BudgetLine).findOneByOrFail({ setsu: '需用費' })).unitId;
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  const post = (app: TestApp, url: string, who: keyof typeof tokens, body: object = {}) =>
    app.on('lgwan').post(url).set('Authorization', `Bearer ${tokens[who]}`).send(body);

  const draft = async (budgetLineId: number, amount: number): Promise<number> => {
    const res = await post(first, '/api/finance/commitments', 'staff1', {
      budgetLineId,
      payeeId,
      kind: 'goods',
      amount,
      description: '事務用品',
    });
    expect(res.status).toBe(201);
    return res.body.id;
  };

  it.each([1, 2, 3])(
    'round %d: of two commitments for the last yen, one is reserved, the other refused',
    async (round) => {
      const line = await post(first, '/api/finance/budget-lines', 'kaikei1', {
        fiscalYear: 2026,
        unitId,
        code: `98.01.01.0${round}`,
        kan: '総務費',
        kou: '総務管理費',
        moku: '一般管理費',
        setsu: `競合テスト ${round}`,
        initialAmount: 1_000_000,
      });
      expect(line.status).toBe(201);
      const most = await draft(line.body.id, 999_999);
      expect((await post(first, `/api/finance/commitments/${most}/submit`, 'staff1')).status).toBe(200);
      const [a, b] = [await draft(line.body.id, 1), await draft(line.body.id, 1)];

      const submit = (app: TestApp, id: number) => post(app, `/api/finance/commitments/${id}/submit`, 'staff1');
      // One Node process holding two synchronous SQLite connections would block itself on the file lock, so on
      // SQLite the two apps take turns; on MariaDB they really run at once and the line's row lock decides.
      const answers = process.env.DATABASE_URL
        ? await Promise.all([submit(first, a), submit(second, b)])
        : [await submit(first, a), await submit(second, b)];

      const statuses = answers.map((r) => r.status).sort();
      expect(statuses[0]).toBe(200);
      expect([409, 422]).toContain(statuses[1]);
      const refused = answers.find((r) => r.status !== 200)!;
      if (refused.status === 422) expect(refused.body.message).toContain('執行可能額 0円');

      const balance = await second
        .on('lgwan')
        .get(`/api/finance/budget-lines/${line.body.id}`)
        .set('Authorization', `Bearer ${tokens.staff1}`);
      expect(balance.body.balance).toMatchObject({ reserved: 1_000_000, available: 0 });
    },
  );

  it('pays an examined order once when two transfer runs start at the same time', async () => {
    const wf = new WorkflowClient(first);
    const lineId = (await first.dataSource.getRepository(BudgetLine).findOneByOrFail({ setsu: '需用費' })).id;
    const commitment = await draft(lineId, 10_000);
    const { instanceId } = (await post(first, `/api/finance/commitments/${commitment}/submit`, 'staff1')).body;
    await wf.act('kakaricho1', instanceId);
    await wf.act('kacho1', instanceId);
    const order = await post(first, '/api/finance/payment-orders', 'staff1', {
      commitmentId: commitment,
      amount: 10_000,
      invoiceDate: '2026-05-11',
      dueDate: '2026-05-29',
    });
    await wf.act('kacho1', order.body.instanceId);
    await wf.act('kaikei1', order.body.instanceId);

    const run = (app: TestApp) => post(app, '/api/finance/transfer-batches', 'kaikei1', { transferDate: '2026-05-29' });
    const answers = process.env.DATABASE_URL
      ? await Promise.all([run(first), run(second)])
      : [await run(first), await run(second)];
    expect(answers.map((r) => r.status).sort()).toEqual([201, 422]);
    expect(answers.find((r) => r.status === 201)!.body).toMatchObject({ count: 1, total: 10_000 });
  });
});
