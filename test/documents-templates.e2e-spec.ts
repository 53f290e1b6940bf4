import { seedDemoCity } from '../seeds/demo-city';
import { startTestApp, type TestApp } from './support/test-app';
import { WorkflowClient } from './support/workflow-client';

describe('documents: 文例 (templates) are created, edited, retired and drafted from; my drafts (e2e)', () => {
  let t: TestApp;
  let wf: WorkflowClient;
  let fileId: number;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-04-06T00:00:00Z' });
    await seedDemoCity(t.dataSource);
    wf = new WorkflowClient(t);
    const files = await wf.get('/api/documents/file-plan/record-files?status=open', 'staff1');
    fileId = files.body.find((f: { title: string }) => f.title === '文書管理・研修').id;
  });
  afterAll(() => t.close());

  const put = async (url: string, who: string, body: object) =>
    t
      .on('lgwan')
      .put(url)
      .set('Authorization', `Bearer ${await wf.token(who)}`)
      .send(body);
  const fields = {
    name: '研修実施伺い',
    title: '研修の実施について',
    body: '標記の件について、下記のとおり実施してよろしいか伺います。',
    decisionClass: 'document-important',
    disclosure: 'public',
  };
  const names = async (who: string, includeRetired = false) =>
    (await wf.get(`/api/documents/templates${includeRetired ? '?includeRetired=true' : ''}`, who)).body.map(
      (x: { name: string }) => x.name,
    );

  it('lets a section keep its own templates, and the records section the city-wide ones', async () => {
    const created = await wf.post('/api/documents/templates', 'kakaricho1', fields);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: '研修実施伺い', maintainable: true, retiredAt: null });
    const id = created.body.id as number;

    // Only the records section makes city-wide templates; a section's template is not another section's to edit.
    expect((await wf.post('/api/documents/templates', 'kakaricho1', { ...fields, shared: true })).status).toBe(403);
    expect((await put(`/api/documents/templates/${id}`, 'permit1', fields)).status).toBe(403);
    expect((await wf.post(`/api/documents/templates/${id}/retire`, 'permit1')).status).toBe(403);
    expect(await names('permit1')).not.toContain('研修実施伺い');

    const edited = await put(`/api/documents/templates/${id}`, 'staff1', {
      ...fields,
      title: '職員研修の実施について',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ title: '職員研修の実施について', unitId: created.body.unitId });
    expect((await put(`/api/documents/templates/${id}`, 'staff1', { ...fields, name: '' })).status).toBe(400);

    const drafted = await wf.post('/api/documents/drafts', 'staff1', { recordFileId: fileId, templateId: id });
    expect(drafted.status).toBe(201);
    expect(drafted.body).toMatchObject({
      title: '職員研修の実施について',
      body: fields.body,
      decisionClass: 'document-important',
      templateId: id,
    });

    const retired = await wf.post(`/api/documents/templates/${id}/retire`, 'kakaricho1');
    expect(retired.status).toBe(201);
    expect(retired.body.retiredAt).toBeTruthy();
    expect((await wf.post(`/api/documents/templates/${id}/retire`, 'kakaricho1')).status).toBe(409);
    expect((await put(`/api/documents/templates/${id}`, 'kakaricho1', fields)).status).toBe(409);
    expect(await names('staff1')).not.toContain('研修実施伺い');
    expect(await names('staff1', true)).toContain('研修実施伺い');
    const refused = await wf.post('/api/documents/drafts', 'staff1', { recordFileId: fileId, templateId: id });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('廃止');

    const city = await wf.post('/api/documents/templates', 'staff1', {
      ...fields,
      name: '全庁共通の文例',
      shared: true,
    });
    expect(city.status).toBe(201);
    expect(city.body.unitId).toBeNull();
    expect(await names('permit1')).toContain('全庁共通の文例');
  });
  it("lists my drafts (mine=true): drafted by me and still 作成中 or 回議中, nobody else's", async () => {
    const draft = async (who: string, title: string) => {
      const res = await wf.post('/api/documents/drafts', who, { recordFileId: fileId, title, body: '本文' });
      expect(res.status).toBe(201);
      return res.body.id as number;
    };
    const editing = await draft('staff1', '自分の作成中の起案');
    const sent = await draft('staff1', '自分の回議中の起案');
    expect((await wf.post(`/api/documents/drafts/${sent}/submit`, 'staff1')).status).toBe(201);
    const others = await draft('kakaricho1', '係長の起案');
    const received = await wf.post('/api/documents/received', 'staff1', {
      recordFileId: fileId,
      title: '自分が収受した文書',
      sender: 'みなと県',
      receivedOn: '2026-04-06',
      disclosure: 'public',
    });
    expect(received.status).toBe(201);

    const mine = await wf.get('/api/documents?mine=true', 'staff1');
    expect(mine.status).toBe(200);
    const ids = mine.body.items.map((d: { id: number }) => d.id);
    expect(ids).toEqual(expect.arrayContaining([editing, sent]));
    expect(ids).not.toContain(others);
    expect(ids).not.toContain(received.body.id);
    expect(mine.body.items.every((d: { status: string }) => ['editing', 'inRoute'].includes(d.status))).toBe(true);
    // Combines with the other criteria.
    const inRoute = await wf.get('/api/documents?mine=true&status=inRoute', 'staff1');
    expect(inRoute.body.items.map((d: { id: number }) => d.id)).toEqual([sent]);
    expect(
      (await wf.get('/api/documents?mine=true', 'kakaricho1')).body.items.map((d: { id: number }) => d.id),
    ).toEqual([others]);
    expect((await wf.get('/api/documents?mine=yes', 'staff1')).status).toBe(400);
  });
});
