import { seedDemoCity } from '../../../../seeds/demo-city';
import { startTestApp, type TestApp } from '../../../../test/support/test-app';

describe('自分の申請: GET /api/workflow/my-requests (e2e)', () => {
  let t: TestApp;
  let staff1: string;
  let kakaricho1: string;
  const started: number[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoCity(t.dataSource);
    [staff1, kakaricho1] = await Promise.all([t.login('staff1'), t.login('kakaricho1')]);
    for (const n of [1, 2, 3]) {
      const res = await post(staff1, '/api/workflow/instances', {
        definitionKey: 'generic-request',
        businessKey: `MY-${n}`,
        variables: { title: `申請${n}` },
      });
      started.push(res.body.id);
      t.clock.advance(60_000);
      await post(staff1, `/api/workflow/tasks/${res.body.openTasks[0].id}/approve`, {});
    }
    t.clock.advance(60_000);
    await post(staff1, `/api/workflow/instances/${started[0]}/withdraw`, {});
  });
  afterAll(() => t.close());

  function post(token: string, path: string, body: object) {
    return t.on('lgwan').post(path).set('Authorization', `Bearer ${token}`).send(body);
  }
  const get = (token: string, path: string) => t.on('lgwan').get(path).set('Authorization', `Bearer ${token}`);

  it('pages through every case I started, newest first, with the step open now and when it last moved', async () => {
    const first = await get(staff1, '/api/workflow/my-requests?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.total).toBe(3);
    expect(first.body.items.map((i: { businessKey: string }) => i.businessKey)).toEqual(['MY-3', 'MY-2']);
    expect(first.body.items[0]).toMatchObject({
      processKey: 'generic-request',
      processName: '汎用申請（伺い）',
      title: '申請3',
      status: 'running',
      openSteps: [expect.objectContaining({ name: '係長承認', stepKind: 'approve' })],
    });
    expect(new Date(first.body.items[0].updatedAt).getTime()).toBeGreaterThan(
      new Date(first.body.items[0].startedAt).getTime(),
    );
    const second = await get(staff1, '/api/workflow/my-requests?limit=2&offset=2');
    expect(second.body.items).toEqual([
      expect.objectContaining({ businessKey: 'MY-1', status: 'withdrawn', openSteps: [] }),
    ]);
    const withdrawn = await get(staff1, '/api/workflow/my-requests?status=withdrawn');
    expect(withdrawn.body).toMatchObject({ total: 1, items: [expect.objectContaining({ businessKey: 'MY-1' })] });
  });

  it('shows nobody else’s cases and refuses bad paging with a message', async () => {
    expect((await get(kakaricho1, '/api/workflow/my-requests')).body).toEqual({ total: 0, items: [] });
    const bad = await get(staff1, '/api/workflow/my-requests?limit=0&status=done');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['limit', 'status']);
  });
});
