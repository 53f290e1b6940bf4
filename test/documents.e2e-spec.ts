import { AuditEvent, UserAccount } from '@ringi/auth';
import { CityDocument } from '@ringi/documents';
import { OrganisationService, OrgUnit } from '@ringi/hr';
import { WorkflowTask, WorkflowTimer } from '@ringi/workflow';
import { seedDemoCity } from '../seeds/demo-city';
import { startTestApp, type TestApp } from './support/test-app';
import { WorkflowClient, loginablePostHolder, markAbsent } from './support/workflow-client';

describe('documents: 起案, 決裁, 収受, search, access, retention and disposal (e2e)', () => {
  let t: TestApp;
  let wf: WorkflowClient;
  let fileId: number;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-04-06T00:00:00Z' }); // Monday 09:00 JST, 令和8年度
    await seedDemoCity(t.dataSource);
    wf = new WorkflowClient(t);
    const files = await wf.get('/api/documents/file-plan/record-files?status=open', 'staff1');
    fileId = files.body.find((f: { title: string }) => f.title === '文書管理・研修').id;
  });
  afterAll(() => t.close());

  const draft = async (body: object, who = 'staff1') => {
    const res = await wf.post('/api/documents/drafts', who, { recordFileId: fileId, ...body });
    if (res.status !== 201) throw new Error(`draft: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: number; docNumber: string | null; instanceId: number | null; status: string };
  };
  const submit = async (id: number) => {
    const res = await wf.post(`/api/documents/drafts/${id}/submit`, 'staff1');
    if (res.status !== 201) throw new Error(`submit: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { instanceId: number; status: string };
  };
  const send = async (method: 'patch' | 'put', url: string, who: string, body: object) => {
    const agent = t.on('lgwan');
    const call = method === 'patch' ? agent.patch(url) : agent.put(url);
    return call.set('Authorization', `Bearer ${await wf.token(who)}`).send(body);
  };
  const patch = (url: string, who: string, body: object) => send('patch', url, who, body);
  const put = (url: string, who: string, body: object) => send('put', url, who, body);
  const audits = (action: string) => t.dataSource.getRepository(AuditEvent).findBy({ action });

  it('lists templates and the numbering setting at their own paths, not as a document id', async () => {
    const templates = await wf.get('/api/documents/templates', 'staff1');
    expect(templates.status).toBe(200);
    expect(Array.isArray(templates.body)).toBe(true);
    const settings = await wf.get('/api/documents/settings', 'staff1');
    expect(settings.status).toBe(200);
    expect(settings.body).toHaveProperty('numberingAt');
  });

  it('shows the route before sending: drafter, 係長, 合議 課長s, the decider of the 決裁区分, 供覧', async () => {
    const res = await wf.post('/api/documents/route-plan', 'staff1', {
      decisionClass: 'document-important',
      consultUnits: ['zaisei-ka'],
      viewers: ['kacho1'],
    });
    expect(res.status).toBe(201);
    expect(res.body.map((s: { step: string; positionName: string | null }) => [s.step, s.positionName])).toEqual([
      ['draft', '主事'],
      ['review', '係長'],
      ['consultation', '課長'],
      ['decision', '部長'],
      ['circulation', null],
    ]);
    const unknown = await wf.post('/api/documents/route-plan', 'staff1', { consultUnits: ['no-such-ka'] });
    expect(unknown.status).toBe(400);
  });

  it('drafts with a number, freezes on decision, records the decided hash, and only adds attachments after', async () => {
    const created = await draft({
      title: '令和8年度 文書事務研修の実施について',
      body: '標記の件について、下記のとおり実施してよろしいか伺います。',
      decisionClass: 'document-important',
    });
    expect(created.docNumber).toMatch(/^港総第\d+号$/);
    const plan = await wf.get(`/api/documents/${created.id}/route-plan`, 'staff1');
    expect(plan.body.map((s: { name: string }) => s.name)).toEqual([expect.any(String), '南 健二', '大西 浩一']);
    expect((await wf.get(`/api/documents/${created.id}/route-plan`, 'kakaricho1')).status).toBe(403);
    const pdf = Buffer.from('%PDF-1.4 要領').toString('base64');
    const attach = (who = 'staff1') =>
      wf.post(`/api/documents/${created.id}/attachments`, who, {
        name: '要領.pdf',
        mediaType: 'application/pdf',
        contentBase64: pdf,
      });
    expect((await attach()).status).toBe(201);
    expect((await wf.post(`/api/documents/drafts/${created.id}`, 'staff1')).status).toBe(404);
    const edited = await patch(`/api/documents/drafts/${created.id}`, 'staff1', { body: '標記の件について伺います。' });
    expect(edited.status).toBe(200);

    const sent = await submit(created.id);
    expect(sent.status).toBe('inRoute');
    expect((await patch(`/api/documents/drafts/${created.id}`, 'staff1', { title: '変更' })).status).toBe(409);
    await wf.act('kakaricho1', sent.instanceId);
    await wf.act('bucho1', sent.instanceId);

    const decided = await wf.get(`/api/documents/${created.id}`, 'staff1');
    expect(decided.body).toMatchObject({ status: 'decided', editable: false });
    expect(decided.body.decidedSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(decided.body.route.map((s: { stepKind: string; status: string }) => s.stepKind)).toEqual([
      'approve',
      'approve',
      'decide',
    ]);
    expect(decided.body.route.map((s: { label: string }) => s.label)).toEqual(['承認', '承認', '専決']);
    const [record] = await audits('documents.draft.decided');
    expect(JSON.parse(record.detail!)).toMatchObject({
      sha256: decided.body.decidedSha256,
      docNumber: created.docNumber,
    });

    expect((await patch(`/api/documents/drafts/${created.id}`, 'staff1', { body: 'x' })).status).toBe(409);
    const later = await attach();
    expect(later.status).toBe(201);
    expect(later.body).toMatchObject({ name: '要領.pdf', version: 2, addedAfterDecision: true });
    const again = await wf.get(`/api/documents/${created.id}`, 'staff1');
    expect(again.body.attachments.map((a: { version: number }) => a.version)).toEqual([1, 2]);
    expect(again.body.decidedSha256).toBe(decided.body.decidedSha256);

    const dispatched = await wf.post(`/api/documents/drafts/${created.id}/dispatch`, 'staff1', {
      method: 'electronic',
    });
    expect(dispatched.status).toBe(201);
    expect(dispatched.body.dispatchMethod).toBe('electronic');
  });

  it('numbers on decision when the city says so, and a withdrawn draft becomes editable again', async () => {
    expect((await put('/api/documents/settings/numbering', 'kacho1', { numberingAt: 'decision' })).status).toBe(403);
    expect((await put('/api/documents/settings/numbering', 'staff1', { numberingAt: 'decision' })).status).toBe(200);
    try {
      const created = await draft({ title: '庁内通知の発出について', decisionClass: 'document-routine' });
      expect(created.docNumber).toBeNull();
      const sent = await submit(created.id);
      const withdrawn = await wf.post(`/api/documents/${created.id}/withdraw`, 'staff1', {});
      expect(withdrawn.body).toMatchObject({ status: 'editing', instanceId: null, docNumber: null });
      const resent = await submit(created.id);
      expect(resent.instanceId).not.toBe(sent.instanceId);
      await wf.act('kakaricho1', resent.instanceId);
      await wf.act('kacho1', resent.instanceId);
      const decided = await wf.get(`/api/documents/${created.id}`, 'staff1');
      expect(decided.body).toMatchObject({ status: 'decided' });
      expect(decided.body.docNumber).toMatch(/^港総第\d+号$/);
    } finally {
      await put('/api/documents/settings/numbering', 'staff1', { numberingAt: 'drafting' });
    }
  });

  it('finds Japanese text by any two or more characters, and refuses a single one', async () => {
    const created = await draft({
      title: '道路占用許可の事務処理要領の改正',
      body: '占用料の算定にあたり、ｶﾞｽ管の延長を用いる。',
    });
    const hits = async (q: string) =>
      (await wf.get(`/api/documents?q=${encodeURIComponent(q)}`, 'staff1')).body.items.map((i: { id: number }) => i.id);
    for (const q of ['占用', '事務処理要領', '算定にあたり', 'ガス管', '許可の事'])
      expect(await hits(q)).toContain(created.id);
    expect(await hits('占用許可料')).not.toContain(created.id);
    const byNumber = await wf.get(`/api/documents?docNumber=${encodeURIComponent(created.docNumber!)}`, 'staff1');
    expect(byNumber.body.items.map((i: { id: number }) => i.id)).toEqual([created.id]);
    expect((await wf.get('/api/documents?q=%E5%8D%A0', 'staff1')).status).toBe(400);
    // LIKE's wildcards in a query are plain characters.
    const percent = await draft({ title: '達成率の報告', body: '達成率は50%とする。' });
    expect(await hits('50%')).toEqual([percent.id]);
    expect(await hits('5_%')).toEqual([]);
  });

  it('shows 非公開 documents only to the section, the route and auditors, and audits every view', async () => {
    const closed = await draft({
      title: '人事評価に関する秘密の照会',
      body: '非公開の内容',
      disclosure: 'closed',
      decisionClass: 'document-important',
    });
    const outsider = 'doro-kacho';
    expect((await wf.get(`/api/documents/${closed.id}`, outsider)).status).toBe(404);
    expect((await wf.get(`/api/documents?q=${encodeURIComponent('秘密の照会')}`, outsider)).body.items).toEqual([]);
    expect((await wf.get(`/api/documents/${closed.id}`, 'kakaricho1')).status).toBe(200);
    expect((await wf.get(`/api/documents/${closed.id}`, 'auditor')).status).toBe(200);
    expect((await wf.get(`/api/documents?q=${encodeURIComponent('秘密の照会')}`, 'auditor')).body.items).toHaveLength(
      1,
    );
    // 部長 is not in the section; being on the route opens it.
    expect((await wf.get(`/api/documents/${closed.id}`, 'bucho1')).status).toBe(404);
    const sent = await submit(closed.id);
    await wf.act('kakaricho1', sent.instanceId);
    expect((await wf.get(`/api/documents/${closed.id}`, 'bucho1')).status).toBe(200);
    const views = (await audits('documents.document.viewed')).filter((a) => a.targetId === String(closed.id));
    expect(views.map((v) => [v.actorName, v.outcome])).toEqual(
      expect.arrayContaining([
        [outsider, 'denied'],
        ['kakaricho1', 'success'],
        ['auditor', 'success'],
        ['bucho1', 'success'],
      ]),
    );
  });

  it('makes a deputy who decides (代決) a participant of the route', async () => {
    const created = await draft({ title: '代決される起案', disclosure: 'closed', decisionClass: 'document-important' });
    const sent = await submit(created.id);
    await wf.act('kakaricho1', sent.instanceId);
    // The 総務部長 is away, and so is anyone designated before the 総務課長, who is not on this route.
    const accounts = t.dataSource.getRepository(UserAccount);
    const kacho = await accounts.findOneByOrFail({ username: 'kacho1' });
    const unit = await t.dataSource.getRepository(OrgUnit).findOneByOrFail({ code: 'soumu-bu' });
    const organisation = t.app.get(OrganisationService);
    const deputy = () => organisation.deputyOf(unit.id, 'director', t.clock.now());
    const returns = [await markAbsent(t, 'bucho1')];
    try {
      for (let next = await deputy(); next && next.deputy.staffId !== kacho.staffId; next = await deputy()) {
        const account = await accounts.findOneByOrFail({ staffId: next.deputy.staffId });
        returns.push(await markAbsent(t, account.username));
      }
      await wf.act('kacho1', sent.instanceId);
    } finally {
      for (const back of returns) await back();
    }
    const decided = await wf.get(`/api/documents/${created.id}`, 'staff1');
    expect(decided.body.route.at(-1)).toMatchObject({ capacity: 'deputyDecision', actorUserId: kacho.id });
    const participants: { userId: number }[] = await t.dataSource.query(
      'SELECT userId FROM doc_participant WHERE documentId = ?',
      [created.id],
    );
    expect(participants.map((p) => Number(p.userId))).toContain(kacho.id);
    // The drafter reads the closed document as its drafter, without a participant row.
    const drafter = await accounts.findOneByOrFail({ username: 'staff1' });
    expect(participants.map((p) => Number(p.userId))).not.toContain(drafter.id);
    expect(decided.status).toBe(200);
  });

  it('answers the submit with the next step, and takes a draft through 合議, 差戻し and 供覧', async () => {
    const consultant = await loginablePostHolder(t, 'zaisei-ka', 'section-chief');
    const created = await draft({ title: '合議と供覧のある起案', consultUnits: ['zaisei-ka'], viewers: ['bucho1'] });
    const sent = await wf.post(`/api/documents/drafts/${created.id}/submit`, 'staff1');
    expect(sent.status).toBe(201);
    const id = sent.body.instanceId as number;
    expect(sent.body.openTasks).toEqual([
      expect.objectContaining({ elementId: 'kakaricho', name: '係長審査', stepKind: 'approve' }),
    ]);
    // Built from what the start did, not read back: the same as a later read.
    expect(sent.body.route).toEqual((await wf.get(`/api/documents/${created.id}`, 'staff1')).body.route);
    expect(sent.body.route.map((s: { label: string | null }) => s.label)).toEqual(['承認', null]);
    const instance = await wf.instance(id, 'staff1');
    expect(instance.openTasks.map((task) => [task.id, task.assigneeLabel])).toEqual(
      sent.body.openTasks.map((task: { id: number; assigneeLabel: string }) => [task.id, task.assigneeLabel]),
    );
    // The drafter's own step, passed in the start's own run: approved in history and audit, never reminded.
    const drafted = await t.dataSource
      .getRepository(WorkflowTask)
      .findOneByOrFail({ instanceId: id, elementId: 'draft' });
    expect(drafted).toMatchObject({ status: 'completed', outcome: 'approved', dueAt: null });
    expect((await wf.get(`/api/workflow/instances/${id}`, 'staff1')).body.history).toEqual([
      expect.objectContaining({ action: 'started', actorUserId: drafted.completedByUserId, taskId: null }),
      expect.objectContaining({
        action: 'approved',
        actorUserId: drafted.completedByUserId,
        taskId: drafted.id,
        capacity: 'self',
      }),
    ]);
    expect(await t.dataSource.getRepository(WorkflowTimer).countBy({ taskId: drafted.id })).toBe(0);
    expect((await audits('workflow.task.approved')).filter((a) => a.targetId === String(drafted.id))).toHaveLength(1);
    await wf.act('kakaricho1', id);
    await wf.act(consultant, id, 'send-back', { comment: '財政課の意見を反映してください' });
    await wf.act('staff1', id);
    await wf.act('kakaricho1', id);
    await wf.act(consultant, id);
    await wf.act('kacho1', id, 'send-back', { targetElementId: 'kakaricho' });
    await wf.act('kakaricho1', id);
    await wf.act(consultant, id);
    expect((await wf.act('kacho1', id)).instance.status).toBe('completed');
    await wf.act('bucho1', id, 'acknowledge');
    const decided = await wf.get(`/api/documents/${created.id}`, 'staff1');
    expect(decided.body.status).toBe('decided');
    expect(decided.body.route.map((s: { stepKind: string; label: string | null }) => [s.stepKind, s.label])).toEqual([
      ['approve', '承認'],
      ['approve', '承認'],
      ['consult', '差戻し'],
      ['approve', '承認'],
      ['approve', '承認'],
      ['consult', '合議'],
      ['decide', '差戻し'],
      ['approve', '承認'],
      ['consult', '合議'],
      ['decide', '専決'],
      ['circulate', '供覧'],
    ]);
  });

  it('drafts and sends in one call (起案して回付); a send it cannot make writes nothing and takes no number', async () => {
    const countAll = () => t.dataSource.getRepository(CityDocument).count();
    const before = await countAll();
    const numberedBefore = (await draft({ title: '番号の確認' })).docNumber!;
    const refused = await wf.post('/api/documents/drafts', 'staff1', {
      recordFileId: fileId,
      title: '存在しない課へ合議する起案',
      consultUnits: ['no-such-ka'],
      send: true,
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('組織コード「no-such-ka」の課はありません');
    expect(await countAll()).toBe(before + 1);

    const sent = await wf.post('/api/documents/drafts', 'staff1', {
      recordFileId: fileId,
      title: '起案して回付する文書',
      body: '標記の件について伺います。',
      send: true,
    });
    expect(sent.status).toBe(201);
    // The refused send took no number: this one follows the draft before it.
    const sequence = (n: string) => Number(/第(\d+)号/.exec(n)![1]);
    expect(sequence(sent.body.docNumber)).toBe(sequence(numberedBefore) + 1);
    expect(sent.body).toMatchObject({ status: 'inRoute', instanceId: expect.any(Number) });
    expect(sent.body.openTasks).toEqual([expect.objectContaining({ elementId: 'kakaricho', stepKind: 'approve' })]);
    const trail = (await t.dataSource.getRepository(AuditEvent).findBy({ targetId: String(sent.body.id) }))
      .filter((a) => a.targetType === 'document')
      .map((a) => a.action);
    expect(trail).toEqual(['documents.draft.created', 'documents.draft.submitted']);
    expect(sent.body).toEqual(
      expect.objectContaining({ route: (await wf.get(`/api/documents/${sent.body.id}`, 'staff1')).body.route }),
    );
    expect((await wf.act('kakaricho1', sent.body.instanceId)).instance.status).toBe('running');
    expect((await wf.act('kacho1', sent.body.instanceId)).instance.status).toBe('completed');
    expect((await wf.get(`/api/documents/${sent.body.id}`, 'staff1')).body.status).toBe('decided');

    const notBoolean = await wf.post('/api/documents/drafts', 'staff1', {
      recordFileId: fileId,
      title: 'x',
      send: 'yes',
    });
    expect(notBoolean.status).toBe(400);
    expect(await countAll()).toBe(before + 2);
  });

  it('registers a received document, circulates it and links the answering draft', async () => {
    const received = await wf.post('/api/documents/received', 'staff1', {
      title: '文書管理規程の運用に関する照会',
      sender: 'みなと県総務部',
      senderNumber: '港県総第45号',
      receivedOn: '2026-04-06',
      recordFileId: fileId,
      disclosure: 'public',
    });
    expect(received.status).toBe(201);
    expect(received.body).toMatchObject({ kind: 'received', status: 'registered' });
    expect(received.body.docNumber).toMatch(/^港総第\d+号$/);
    const circulated = await wf.post(`/api/documents/received/${received.body.id}/circulate`, 'staff1', {
      viewers: ['bucho1'],
    });
    expect(circulated.status).toBe(201);
    await wf.act('kakaricho1', circulated.body.instanceId);
    await wf.act('kacho1', circulated.body.instanceId);
    expect((await wf.get(`/api/documents/${received.body.id}`, 'staff1')).body.status).toBe('circulated');
    const answer = await draft({ title: '照会への回答について', answersDocumentId: received.body.id });
    expect(answer).toMatchObject({ answersDocumentId: received.body.id });
    const found = await wf.get(`/api/documents?q=${encodeURIComponent('港県総第45号')}`, 'staff1');
    expect(found.body.items.map((i: { id: number }) => i.id)).toEqual([received.body.id]);
  });

  it('closes a rejected draft for good', async () => {
    const created = await draft({ title: '却下される起案', body: '本文' });
    const sent = await submit(created.id);
    await wf.act('kakaricho1', sent.instanceId, 'reject', { comment: '不要' });
    expect((await wf.get(`/api/documents/${created.id}`, 'staff1')).body).toMatchObject({ status: 'rejected' });
    expect((await patch(`/api/documents/drafts/${created.id}`, 'staff1', { body: 'x' })).status).toBe(409);
    expect((await wf.post(`/api/documents/drafts/${created.id}/submit`, 'staff1')).status).toBe(409);
  });

  it('lists files whose retention ended (never permanent ones) and disposes of one only after its approval', async () => {
    const categories = await wf.get('/api/documents/file-plan/categories', 'staff1');
    const unitId = await unitIdOf('soumu-ka');
    const newFile = async (retention: number | string) =>
      (
        await wf.post('/api/documents/file-plan/record-files', 'staff1', {
          categoryId: categories.body[0].id,
          unitId,
          title: `保存期間${retention}`,
          fiscalYear: 2026,
          retention,
          endAction: 'dispose',
        })
      ).body as { id: number };
    expect((await wf.post('/api/documents/file-plan/record-files', 'kacho1', {})).status).toBe(403);
    const short = await newFile(1);
    const forever = await newFile('permanent');
    const kept = await wf.post('/api/documents/drafts', 'staff1', {
      recordFileId: short.id,
      title: '廃棄される文書',
      body: '保存期間一年の本文',
    });
    await wf.post(`/api/documents/${kept.body.id}/attachments`, 'staff1', {
      name: 'a.pdf',
      mediaType: 'application/pdf',
      contentBase64: Buffer.from('%PDF-1.4 廃棄される添付').toString('base64'),
    });
    for (const file of [short, forever]) {
      const done = await wf.post(`/api/documents/file-plan/record-files/${file.id}/complete`, 'staff1', {
        completedOn: '2027-03-31',
      });
      expect(done.status).toBe(201);
    }
    const ended = async (on: string) =>
      (await wf.get(`/api/documents/retention/ended?on=${on}`, 'staff1')).body.map((f: { id: number }) => f.id);
    expect(await ended('2028-03-31')).not.toContain(short.id);
    expect(await ended('2028-04-01')).toContain(short.id);
    expect(await ended('2999-04-01')).not.toContain(forever.id);

    expect(
      (await wf.post(`/api/documents/file-plan/record-files/${short.id}/disposal`, 'staff1', { reason: '満了' }))
        .status,
    ).toBe(422);
    t.clock.set('2028-04-03T00:00:00Z');
    const requested = await wf.post(`/api/documents/file-plan/record-files/${short.id}/disposal`, 'staff1', {
      reason: '保存期間満了のため',
    });
    expect(requested.status).toBe(201);
    expect((await wf.get(`/api/documents/${kept.body.id}`, 'staff1')).body.body).toBe('保存期間一年の本文');
    await wf.act('kakaricho1', requested.body.instanceId);
    await wf.act('kacho1', requested.body.instanceId);

    const disposal = await wf.get(`/api/documents/disposals/${requested.body.id}`, 'staff1');
    expect(disposal.body).toMatchObject({ status: 'executed', action: 'dispose' });
    expect(disposal.body.decidedBy).toContain('課長');
    expect(disposal.body.contentRemovedAt).not.toBeNull();
    const tombstone = await wf.get(`/api/documents/${kept.body.id}`, 'staff1');
    expect(tombstone.body).toMatchObject({ status: 'disposed', body: '', title: '廃棄される文書' });
    const attachment = tombstone.body.attachments[0];
    expect((await wf.get(`/api/documents/${kept.body.id}/attachments/${attachment.id}/content`, 'staff1')).status).toBe(
      409,
    );
    expect((await wf.get(`/api/documents?q=${encodeURIComponent('保存期間一年')}`, 'staff1')).body.items).toEqual([]);
    expect(await ended('2028-04-03')).not.toContain(short.id);
  });

  it('exports the metadata of a record file as CSV for 情報公開', async () => {
    const res = await wf.get(`/api/documents/file-plan/record-files/${fileId}/export.csv`, 'staff1');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const csv = res.text.replace(/^\uFEFF/, '');
    expect(csv.split('\r\n')[0]).toContain('文書番号,種別,件名');
    expect(csv).toContain('令和8年度 文書事務研修の実施について');
    expect(csv).toContain('要領.pdf (第2版)');
    expect((await wf.get(`/api/documents/file-plan/record-files/${fileId}/export.csv`, 'kacho1')).status).toBe(403);
  });

  it('restarts the numbers in a new 年度', async () => {
    t.clock.set('2029-04-02T00:00:00Z');
    const files = await wf.get('/api/documents/file-plan/record-files?status=open', 'staff1');
    const open = files.body.find((f: { title: string }) => f.title === '文書管理・研修');
    const first = await draft({ title: '新年度の最初の起案', recordFileId: open.id });
    expect(first.docNumber).toBe('港総第1号');
  });

  async function unitIdOf(code: string): Promise<number> {
    const [row] = await t.dataSource.query('SELECT id FROM org_unit WHERE code = ?', [code]);
    return Number(row.id);
  }
});
