import iconv from 'iconv-lite';
import { BudgetLine, Payee } from '@ringi/finance';
import { seedDemoCity } from '../../../../seeds/demo-city';
import { startTestApp, type TestApp } from '../../../../test/support/test-app';
import { WorkflowClient } from '../../../../test/support/workflow-client';

const pdf = (body: string) =>
  Buffer.from(`%PDF-1.7\n1 0 obj\n<< /Type /Catalog ${body} >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`, 'latin1');
/** A Windows program renamed to .pdf: the name says PDF, the content does not. */
const renamedExe = Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(200, 0x41)]);

describe('finance: attachments, 人件費 routing, read scoping and the designated bank (e2e)', () => {
  let t: TestApp;
  let wf: WorkflowClient;
  let lineId: number;
  let payeeId: number;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-05-11T00:00:00Z' });
    await seedDemoCity(t.dataSource);
    wf = new WorkflowClient(t);
    lineId = (await t.dataSource.getRepository(BudgetLine).findOneByOrFail({ setsu: '委託料' })).id;
    payeeId = (await t.dataSource.getRepository(Payee).findOneByOrFail({ name: '株式会社みなと商事' })).id;
  });
  afterAll(() => t.close());

  const as = async (who: string) => `Bearer ${await wf.token(who)}`;

  const upload = async (url: string, who: string, kind: string, name: string, content: Buffer) =>
    t
      .on('lgwan')
      .post(url)
      .set('Authorization', await as(who))
      .field('attachmentKind', kind)
      .attach('file', content, name);

  const download = async (url: string, who: string) =>
    t
      .on('lgwan')
      .get(url)
      .set('Authorization', await as(who))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

  const draft = async (amount: number, kind = 'goods') => {
    const res = await wf.post('/api/finance/commitments', 'staff1', {
      budgetLineId: lineId,
      payeeId,
      kind,
      amount,
      description: '庁舎清掃業務',
    });
    expect(res.status).toBe(201);
    return res.body.id as number;
  };

  const decide = async (id: number, decider = 'kacho1') => {
    const submitted = await wf.post(`/api/finance/commitments/${id}/submit`, 'staff1');
    expect(submitted.status).toBe(200);
    await wf.act('kakaricho1', submitted.body.instanceId);
    await wf.act(decider, submitted.body.instanceId);
    expect((await wf.get(`/api/finance/commitments/${id}`, 'staff1')).body.status).toBe('decided');
  };

  const order = async (commitmentId: number, amount: number) => {
    const res = await wf.post('/api/finance/payment-orders', 'staff1', {
      commitmentId,
      amount,
      invoiceDate: '2026-05-12',
      dueDate: '2026-05-29',
    });
    expect(res.status).toBe(201);
    return res.body as { id: number; instanceId: number };
  };

  describe('attachments (見積書・契約書・請求書)', () => {
    it('stores a sanitised file, lists it on the commitment and downloads the same bytes', async () => {
      const id = await draft(100_000);
      const quote = pdf('/Pages 2 0 R');
      const res = await upload(
        `/api/finance/commitments/${id}/attachments`,
        'staff1',
        '見積書',
        'mitsumori.pdf',
        quote,
      );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ attachmentKind: '見積書', version: 1, fileName: 'mitsumori.pdf' });

      const detail = await wf.get(`/api/finance/commitments/${id}`, 'staff1');
      expect(detail.body.attachments).toEqual([expect.objectContaining({ id: res.body.id, attachmentKind: '見積書' })]);
      const file = await download(`/api/finance/commitments/${id}/attachments/${res.body.id}`, 'kaikei1');
      expect(file.status).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(Buffer.compare(file.body as Buffer, quote)).toBe(0);
    });

    it('refuses a renamed executable, an unknown kind and a missing file with a message', async () => {
      const id = await draft(100_000);
      const url = `/api/finance/commitments/${id}/attachments`;
      const exe = await upload(url, 'staff1', '見積書', 'mitsumori.pdf', renamedExe);
      expect(exe.status).toBe(400);
      expect(exe.body.message).toContain('添付できるのは PDF・JPEG・PNG のファイルだけです');
      const kind = await upload(url, 'staff1', '写真', 'a.pdf', pdf(''));
      expect(kind.status).toBe(400);
      expect(kind.body.errors).toEqual([{ field: 'attachmentKind', messages: [expect.stringContaining('見積書')] }]);
      const none = await t
        .on('lgwan')
        .post(url)
        .set('Authorization', await as('staff1'))
        .field('attachmentKind', '見積書');
      expect(none.status).toBe(400);
      expect(none.body.message).toContain('ファイルを選んでください');
      expect((await wf.get(url, 'staff1')).body).toEqual([]);
      expect((await wf.get(`/api/finance/budget-lines/${lineId}/attachments`, 'staff1')).status).toBe(404);
    });

    it('after the decision adds only new versions of attached kinds, never replacing the first', async () => {
      const id = await draft(200_000);
      const url = `/api/finance/commitments/${id}/attachments`;
      const first = await upload(url, 'staff1', '見積書', 'v1.pdf', pdf('/Pages 2 0 R'));
      await decide(id);

      const contract = await upload(url, 'staff1', '契約書', 'keiyaku.pdf', pdf(''));
      expect(contract.status).toBe(409);
      expect(contract.body.message).toContain('新しい版としてだけ追加できます');
      const second = await upload(url, 'staff1', '見積書', 'v2.pdf', pdf('/Pages 3 0 R'));
      expect(second.status).toBe(201);
      expect(second.body).toMatchObject({ version: 2, addedAfterDecision: true });
      const list = (await wf.get(url, 'staff1')).body as Array<{ id: number; version: number }>;
      expect(list.map((a) => [a.id, a.version])).toEqual([
        [first.body.id, 1],
        [second.body.id, 2],
      ]);
      const kept = await download(`${url}/${first.body.id}`, 'staff1');
      expect((kept.body as Buffer).toString('latin1')).toContain('/Pages 2 0 R');
      // Only the drafter adds files.
      expect((await upload(url, 'kakaricho1', '見積書', 'x.pdf', pdf(''))).status).toBe(403);
    });

    it('takes the 請求書 on a payment order', async () => {
      const id = await draft(150_000);
      await decide(id);
      const po = await order(id, 150_000);
      const res = await upload(
        `/api/finance/payment-orders/${po.id}/attachments`,
        'staff1',
        '請求書',
        'seikyu.pdf',
        pdf(''),
      );
      expect(res.status).toBe(201);
      const detail = await wf.get(`/api/finance/payment-orders/${po.id}`, 'kaikei1');
      expect(detail.body.attachments).toEqual([expect.objectContaining({ attachmentKind: '請求書' })]);
    });
  });

  describe('人件費 and the decider shown before sending', () => {
    it.each([
      ['goods', 500_000, 'section-chief', '課長'],
      ['goods', 500_001, 'director', '部長'],
      ['personnel', 10_000_000, 'section-chief', '課長'],
      ['personnel', 10_000_001, 'director', '部長'],
      ['personnel', 100_000_001, 'deputy-mayor', '副市長'],
    ])('previews %s of %d yen as decided by %s', async (kind, amount, decidingPosition, positionName) => {
      const res = await wf.get(`/api/finance/commitments/routing?kind=${kind}&amount=${amount}`, 'staff1');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        decidingPosition,
        positionName,
        decider: expect.stringContaining(positionName),
      });
    });

    it('refuses a preview without a whole positive amount or with an unknown kind', async () => {
      for (const query of ['kind=goods&amount=0', 'kind=goods&amount=1.5', 'kind=goods', 'kind=travel&amount=1']) {
        const res = await wf.get(`/api/finance/commitments/routing?${query}`, 'staff1');
        expect(res.status).toBe(400);
      }
    });

    it('routes a 人件費 commitment of 10,000,001 yen to the 部長 and decides it there', async () => {
      const line = (await t.dataSource.getRepository(BudgetLine).findOneByOrFail({ setsu: '需用費' })).id;
      const res = await wf.post('/api/finance/budget-lines/' + line + '/supplements', 'kaikei1', {
        amount: 20_000_000,
        reason: '人件費の組替え（テスト）',
      });
      expect(res.status).toBe(201);
      const c = await wf.post('/api/finance/commitments', 'staff1', {
        budgetLineId: line,
        payeeId,
        kind: 'personnel',
        amount: 10_000_001,
        description: '会計年度任用職員 報酬（5月分）',
      });
      expect(c.status).toBe(201);
      const submitted = await wf.post(`/api/finance/commitments/${c.body.id}/submit`, 'staff1');
      await wf.act('kakaricho1', submitted.body.instanceId);
      expect(await wf.hasTask('kacho1', submitted.body.instanceId)).toBe(false);
      await wf.act('bucho1', submitted.body.instanceId);
      expect((await wf.get(`/api/finance/commitments/${c.body.id}`, 'staff1')).body.status).toBe('decided');
    });
  });

  describe('who reads a commitment and its payment orders', () => {
    let commitmentId: number;
    let orderId: number;

    beforeAll(async () => {
      commitmentId = await draft(80_000);
      await decide(commitmentId);
      orderId = (await order(commitmentId, 80_000)).id;
    });

    it.each([
      ['staff1', 'the drafter'],
      ['kakaricho1', 'the section (and the route)'],
      ['kacho1', 'the decider'],
      ['kaikei1', 'the 会計室'],
    ])('shows them to %s, %s', async (who) => {
      expect((await wf.get(`/api/finance/commitments/${commitmentId}`, who)).status).toBe(200);
      expect((await wf.get(`/api/finance/payment-orders/${orderId}`, who)).status).toBe(200);
      const commitments = (await wf.get('/api/finance/commitments', who)).body as Array<{ id: number }>;
      expect(commitments.map((c) => c.id)).toContain(commitmentId);
      const orders = (await wf.get('/api/finance/payment-orders', who)).body as Array<{ id: number }>;
      expect(orders.map((o) => o.id)).toContain(orderId);
    });

    it('answers 404 to staff of another section, and leaves the cases out of their lists', async () => {
      const commitment = await wf.get(`/api/finance/commitments/${commitmentId}`, 'jinji1');
      expect(commitment.status).toBe(404);
      expect(commitment.body.message).toContain('見つかりません');
      expect((await wf.get(`/api/finance/payment-orders/${orderId}`, 'jinji1')).status).toBe(404);
      expect((await wf.get(`/api/finance/commitments/${commitmentId}/attachments`, 'jinji1')).status).toBe(404);
      expect((await wf.get('/api/finance/commitments', 'jinji1')).body).toEqual([]);
      expect((await wf.get('/api/finance/payment-orders', 'jinji1')).body).toEqual([]);
    });

    it('shows the route with the commitment', async () => {
      const detail = await wf.get(`/api/finance/commitments/${commitmentId}`, 'kakaricho1');
      expect(detail.body.route).toMatchObject({ status: 'completed' });
      expect(detail.body.route.history.length).toBeGreaterThanOrEqual(3);
    });
  });

  describe('designated bank (指定金融機関)', () => {
    const valid = {
      requesterCode: '9876543210',
      nameKana: 'みなとし かいけいかんりしゃ',
      bankCode: '0005',
      bankNameKana: 'ミツビシユーエフジエイ',
      branchCode: '123',
      branchNameKana: 'ミナトシテン',
      accountType: 'current',
      accountNumber: '7777777',
    };

    it('is read and changed by the 会計室 only', async () => {
      expect((await wf.get('/api/finance/designated-bank', 'staff1')).status).toBe(403);
      const res = await t
        .on('lgwan')
        .put('/api/finance/designated-bank')
        .set('Authorization', await as('staff1'))
        .send(valid);
      expect(res.status).toBe(403);
    });

    it('refuses bad fields with a message for each', async () => {
      const res = await t
        .on('lgwan')
        .put('/api/finance/designated-bank')
        .set('Authorization', await as('kaikei1'))
        .send({ ...valid, requesterCode: '12-34', nameKana: '港市', accountNumber: '12' });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'accountNumber',
        'nameKana',
        'requesterCode',
      ]);
      const missing = await t
        .on('lgwan')
        .put('/api/finance/designated-bank')
        .set('Authorization', await as('kaikei1'))
        .send({ requesterCode: '9876543210' });
      expect(missing.status).toBe(400);
    });

    it('puts the saved requester into the Zengin header of the next transfer run', async () => {
      const saved = await t
        .on('lgwan')
        .put('/api/finance/designated-bank')
        .set('Authorization', await as('kaikei1'))
        .send(valid);
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ nameKana: 'ﾐﾅﾄｼ ｶｲｹｲｶﾝﾘｼﾔ', bankNameKana: 'ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ' });
      expect((await wf.get('/api/finance/designated-bank', 'kaikei1')).body.designatedBank).toMatchObject({
        requesterCode: '9876543210',
      });

      const id = await draft(30_000);
      await decide(id);
      const po = await order(id, 30_000);
      await wf.act('kacho1', po.instanceId);
      await wf.act('kaikei1', po.instanceId);
      const batch = await wf.post('/api/finance/transfer-batches', 'kaikei1', { transferDate: '2026-05-29' });
      expect(batch.status).toBe(201);
      const file = await download(`/api/finance/transfer-batches/${batch.body.id}/transfer-file`, 'kaikei1');
      const header = iconv.decode((file.body as Buffer).subarray(0, 120), 'Shift_JIS');
      expect(header.slice(4, 14)).toBe('9876543210');
      expect(header.slice(14, 54).trimEnd()).toBe('ﾐﾅﾄｼ ｶｲｹｲｶﾝﾘｼﾔ');
      expect(header.slice(58, 62)).toBe('0005');
      expect(header.slice(77, 80)).toBe('123');
      expect(header.slice(95, 96)).toBe('2');
      expect(header.slice(96, 103)).toBe('7777777');

      // A later change of the settings leaves the file of this run as it was sent.
      const changed = await t
        .on('lgwan')
        .put('/api/finance/designated-bank')
        .set('Authorization', await as('kaikei1'))
        .send({ ...valid, requesterCode: '1111111111' });
      expect(changed.status).toBe(200);
      const again = await download(`/api/finance/transfer-batches/${batch.body.id}/transfer-file`, 'kaikei1');
      expect(Buffer.compare(again.body as Buffer, file.body as Buffer)).toBe(0);
    });
  });
});
