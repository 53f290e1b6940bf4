import { extractText, getDocumentProxy } from 'unpdf';
import { AuditEvent } from '@ringi/auth';
import { JapanesePdf, RINGI_CONFIG, type RingiConfig } from '@ringi/platform';
import { startTestTsa } from '../../../platform/src/pdf/test-support/test-tsa';
import { seedDemoCity } from '../../../../seeds/demo-city';
import { startTestApp, type TestApp } from '../../../../test/support/test-app';
import { loginablePostHolder, WorkflowClient } from '../../../../test/support/workflow-client';
import { unzip } from '../test-support/unzip';

const squeeze = (text: string) => text.replace(/\s+/g, '');
const textOf = async (pdf: Buffer) =>
  squeeze((await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text);
const binary = (res: import('superagent').Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('documents: the decided PDF with its 決裁欄, electronic 施行 signed, signature verification (e2e)', () => {
  let t: TestApp;
  let wf: WorkflowClient;
  let fileId: number;
  let consultant: string;
  let decided: { id: number; docNumber: string };

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-04-06T00:00:00Z' }); // Monday 09:00 JST, 令和8年度
    await seedDemoCity(t.dataSource);
    wf = new WorkflowClient(t);
    const files = await wf.get('/api/documents/file-plan/record-files?status=open', 'staff1');
    fileId = files.body.find((f: { title: string }) => f.title === '文書管理・研修').id;
    consultant = await loginablePostHolder(t, 'zaisei-ka', 'section-chief');
    decided = await decide({
      title: '令和8年度 文書事務研修の実施について',
      body: '標記の件について、下記のとおり実施してよろしいか伺います。',
      decisionClass: 'document-important',
      consultUnits: ['zaisei-ka'],
      viewers: ['kacho1'],
    });
  });
  afterAll(() => t.close());

  async function decide(draft: object): Promise<{ id: number; docNumber: string }> {
    const created = await wf.post('/api/documents/drafts', 'staff1', { recordFileId: fileId, ...draft });
    expect(created.status).toBe(201);
    const sent = await wf.post(`/api/documents/drafts/${created.body.id}/submit`, 'staff1');
    expect(sent.status).toBe(201);
    for (const who of ['kakaricho1', consultant, 'bucho1', 'kacho1']) {
      for (const task of await wf.tasksOf(who, sent.body.instanceId)) {
        if (task.status !== 'open') continue;
        const action = task.stepKind === 'circulate' ? 'acknowledge' : 'approve';
        expect((await wf.post(`/api/workflow/tasks/${task.id}/${action}`, who)).status).toBe(200);
      }
    }
    const document = await wf.get(`/api/documents/${created.body.id}`, 'staff1');
    expect(document.body.status).toBe('decided');
    return { id: created.body.id, docNumber: document.body.docNumber };
  }

  const download = async (url: string, who: string) =>
    t
      .on('lgwan')
      .get(url)
      .set('Authorization', `Bearer ${await wf.token(who)}`)
      .buffer(true)
      .parse(binary);
  const verify = async (content: Buffer | string, name = 'document.pdf') =>
    t
      .on('lgwan')
      .post('/api/documents/verify-signature')
      .set('Authorization', `Bearer ${await wf.token('kakaricho1')}`)
      .attach('file', Buffer.from(content), name);

  it('timestamps the dispatched PDF with RINGI_TSA_URL set; a failing authority leaves it undispatched (503)', async () => {
    const config = t.app.get<RingiConfig>(RINGI_CONFIG);
    const tsa = await startTestTsa();
    const document = await decide({
      title: '令和8年度 公印管理規程の改正について',
      body: '標記の件について、別紙のとおり改正してよろしいか伺います。',
      decisionClass: 'document-important',
      consultUnits: ['zaisei-ka'],
      viewers: [],
    });
    const dispatch = () => wf.post(`/api/documents/drafts/${document.id}/dispatch`, 'staff1', { method: 'electronic' });
    config.tsaUrl = tsa.url;
    try {
      tsa.mode = 'reject';
      const refused = await dispatch();
      expect(refused.status).toBe(503);
      expect(refused.body.message).toContain('時刻認証局からタイムスタンプを取得できない');
      expect((await wf.get(`/api/documents/${document.id}`, 'staff1')).body.dispatchedAt).toBeNull();
      tsa.mode = 'grant';
      expect((await dispatch()).status).toBe(201);
    } finally {
      config.tsaUrl = null;
      await tsa.close();
    }
    const signed = await download(`/api/documents/${document.id}/dispatched-pdf`, 'staff1');
    const result = await verify(signed.body as Buffer);
    expect(result.body).toMatchObject({ signed: true, valid: true, trusted: true });
    const [signature] = result.body.signatures;
    expect(signature).toMatchObject({
      signingCertificateV2: true,
      timestamp: { imprintMatches: true, tsaName: tsa.name },
    });
    expect(Math.abs(Date.parse(signature.timestamp.time) - Date.now())).toBeLessThan(60_000);
  });

  it('renders the decided document with each stamp: capacity, name, post and 和暦 date', async () => {
    const res = await download(`/api/documents/${decided.id}/pdf`, 'staff1');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = await textOf(res.body as Buffer);
    for (const stamp of [
      '【起案】東 美穂 庶務係 主事 令和8年4月6日',
      '【承認】南 健二 庶務係 係長 令和8年4月6日',
      '【合議】山本 沙織 財政課 課長 令和8年4月6日',
      '【専決】大西 浩一 総務部 部長 令和8年4月6日',
      '【供覧】北村 直子 総務課 課長 令和8年4月6日',
      decided.docNumber,
      '令和8年度文書事務研修の実施について',
      '標記の件について、下記のとおり実施してよろしいか伺います。',
      '文書管理・研修',
      '公開区分公開',
      '部長専決',
    ]) {
      expect(text).toContain(squeeze(stamp));
    }
    const document = await wf.get(`/api/documents/${decided.id}`, 'staff1');
    expect(text).toContain(document.body.decidedSha256);
    const found = await wf.get(`/api/documents?q=${encodeURIComponent('研修')}`, 'staff1');
    expect(found.body.items.find((i: { id: number }) => i.id === decided.id)).toEqual({
      id: decided.id,
      kind: 'draft',
      status: 'decided',
      docNumber: decided.docNumber,
      title: '令和8年度 文書事務研修の実施について',
      unitId: document.body.unitId,
      disclosure: 'public',
      draftedOn: '2026-04-06',
      decidedAt: document.body.decidedAt,
    });
    const [audit] = await t.dataSource
      .getRepository(AuditEvent)
      .findBy({ action: 'documents.document.pdfViewed', targetId: String(decided.id) });
    expect(audit).toMatchObject({ outcome: 'success' });
  });

  it('refuses the PDF of a draft not yet decided (409), and a 非公開 one to outsiders (404, audited)', async () => {
    const draft = await wf.post('/api/documents/drafts', 'staff1', {
      recordFileId: fileId,
      title: '人事に関する非公開の起案',
      disclosure: 'closed',
    });
    expect((await download(`/api/documents/${draft.body.id}/pdf`, 'staff1')).status).toBe(409);
    expect((await download(`/api/documents/${draft.body.id}/pdf`, 'doro-kacho')).status).toBe(404);
    const denied = await t.dataSource
      .getRepository(AuditEvent)
      .findBy({ action: 'documents.document.pdfViewed', targetId: String(draft.body.id), outcome: 'denied' });
    expect(denied).toHaveLength(1);
  });

  it('dispatches electronically as a signed PDF that verifies as the city’s, and keeps the decided hash', async () => {
    const before = (await wf.get(`/api/documents/${decided.id}`, 'staff1')).body.decidedSha256;
    const res = await wf.post(`/api/documents/drafts/${decided.id}/dispatch`, 'staff1', { method: 'electronic' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ dispatchMethod: 'electronic', decidedSha256: before });
    expect(res.body.dispatchedPdfSha256).toMatch(/^[0-9a-f]{64}$/);
    const again = await wf.post(`/api/documents/drafts/${decided.id}/dispatch`, 'staff1', { method: 'electronic' });
    expect(again.status).toBe(409);

    const signed = await download(`/api/documents/${decided.id}/dispatched-pdf`, 'kakaricho1');
    expect(signed.status).toBe(200);
    expect(await textOf(signed.body as Buffer)).toContain('施行日令和8年4月6日');
    const result = await verify(signed.body as Buffer);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      signed: true,
      valid: true,
      trusted: true,
      modifiedAfterSigning: false,
      cityCertificateIsDemo: true,
    });
    expect(result.body.signatures[0]).toMatchObject({
      subFilter: 'ETSI.CAdES.detached',
      signingTime: '2026-04-06T00:00:00.000Z',
      signingCertificateV2: true,
      timestamp: null,
    });
    expect(result.body.signatures[0].signer.subject).toContain('DEMO ringi document signing');

    const tampered = Buffer.from(signed.body as Buffer);
    const at = tampered.indexOf('/Producer');
    tampered[at + 2] = 'X'.charCodeAt(0);
    expect((await verify(tampered)).body).toMatchObject({ signed: true, valid: false, trusted: false });
    const [audit] = await t.dataSource
      .getRepository(AuditEvent)
      .findBy({ action: 'documents.draft.dispatched', targetId: String(decided.id) });
    expect(JSON.parse(audit.detail!)).toMatchObject({
      method: 'electronic',
      decidedSha256: before,
      signedPdfSha256: res.body.dispatchedPdfSha256,
    });
  });

  it('reports an unsigned PDF as unsigned, and refuses what is not a PDF with a clear 400', async () => {
    const unsigned = await download(`/api/documents/${decided.id}/pdf`, 'staff1');
    expect((await verify(unsigned.body as Buffer)).body).toMatchObject({ signed: false, valid: false });
    const text = await verify('これは PDF ではありません', 'note.txt');
    expect(text.status).toBe(400);
    expect(text.body.message).toContain('PDF');
    const none = await t
      .on('lgwan')
      .post('/api/documents/verify-signature')
      .set('Authorization', `Bearer ${await wf.token('kakaricho1')}`);
    expect(none.status).toBe(400);
    expect((await download(`/api/documents/${decided.id}/dispatched-pdf`, 'staff1')).status).toBe(200);
  });

  it('has no signed copy of a document dispatched by post', async () => {
    const posted = await decide({ title: '郵送で施行する文書', body: '本文' });
    const res = await wf.post(`/api/documents/drafts/${posted.id}/dispatch`, 'staff1', { method: 'post' });
    expect(res.body).toMatchObject({ dispatchMethod: 'post', dispatchedPdfSha256: null });
    expect((await download(`/api/documents/${posted.id}/dispatched-pdf`, 'staff1')).status).toBe(404);
  });

  it('finds a word that appears only inside an attached PDF, also after the draft is edited', async () => {
    const created = await wf.post('/api/documents/drafts', 'staff1', {
      recordFileId: fileId,
      title: '協定の締結について',
      body: '別添のとおり締結してよろしいか伺います。',
    });
    const pdf = await JapanesePdf.create();
    await pdf.paragraph('楓ヶ丘緑地の維持管理に関する協定書\n第1条 甲及び乙は、緑地を良好に保つ。');
    const scan = await JapanesePdf.create();
    await scan.qrCode('scanned page without a text layer');
    const attach = async (name: string, content: Uint8Array) =>
      wf.post(`/api/documents/${created.body.id}/attachments`, 'staff1', {
        name,
        mediaType: 'application/pdf',
        contentBase64: Buffer.from(content).toString('base64'),
      });
    expect((await attach('協定書.pdf', await pdf.save())).status).toBe(201);
    expect((await attach('スキャン.pdf', await scan.save())).status).toBe(201);
    const hits = async (q: string) =>
      (await wf.get(`/api/documents?q=${encodeURIComponent(q)}`, 'staff1')).body.items.map((i: { id: number }) => i.id);
    expect(await hits('緑地の維持管理')).toEqual([created.body.id]);
    expect(await hits('良好に保つ')).toEqual([created.body.id]);
    const edited = await t
      .on('lgwan')
      .patch(`/api/documents/drafts/${created.body.id}`)
      .set('Authorization', `Bearer ${await wf.token('staff1')}`)
      .send({ body: '締結を伺います。' });
    expect(edited.status).toBe(200);
    expect(await hits('緑地の維持管理')).toEqual([created.body.id]);
    expect(await hits('scanned page')).toEqual([]);
  });

  it('exports the record file for 情報公開 as a ZIP: the CSV, each decided PDF, attachments, the signed copy', async () => {
    expect((await download(`/api/documents/file-plan/record-files/${fileId}/export.zip`, 'kacho1')).status).toBe(403);
    const res = await download(`/api/documents/file-plan/record-files/${fileId}/export.zip`, 'staff1');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const entries = unzip(res.body as Buffer);
    expect(entries.every((e) => e.crcMatches)).toBe(true);
    const names = entries.map((e) => e.name);
    const folder = `${decided.docNumber}_令和8年度 文書事務研修の実施について`;
    expect(names).toEqual(
      expect.arrayContaining([
        '目録.csv',
        `${folder}/決裁文書.pdf`,
        `${folder}/施行文書（電子署名付き）.pdf`,
        expect.stringMatching(/_協定の締結について\/添付\/第1版_協定書\.pdf$/),
      ]),
    );
    const csv = entries.find((e) => e.name === '目録.csv')!.content.toString('utf8');
    expect(csv).toContain('収録フォルダ');
    expect(csv).toContain(folder);
    const pdf = entries.find((e) => e.name === `${folder}/決裁文書.pdf`)!.content;
    expect(await textOf(pdf)).toContain(squeeze('【専決】大西 浩一'));
  });

  // Last: it moves the clock into a new 年度, whose counter row does not exist yet.
  it('numbers concurrent first drafts of a new 年度 from two API processes without a deadlock, each once', async () => {
    const second = await startTestApp({ now: '2027-04-05T00:00:00Z', database: t.database });
    try {
      t.clock.set('2027-04-05T00:00:00Z');
      const clients = [wf, new WorkflowClient(second)];
      for (const client of clients) await client.token('staff1');
      const drafts = await Promise.all(
        Array.from({ length: 24 }, (_, i) =>
          clients[i % 2].post('/api/documents/drafts', 'staff1', { recordFileId: fileId, title: `同時起案 ${i}` }),
        ),
      );
      expect(drafts.map((d) => d.status)).toEqual(Array(24).fill(201));
      const numbers = drafts.map((d) => Number(/第(\d+)号/.exec(d.body.docNumber)![1])).sort((a, b) => a - b);
      expect(numbers).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    } finally {
      await second.close();
    }
  });
});
