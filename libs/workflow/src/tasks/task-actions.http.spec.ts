import { seedDemoCity } from '../../../../seeds/demo-city';
import { startTestApp, type TestApp } from '../../../../test/support/test-app';

describe('承認・却下の応答: POST /api/workflow/tasks/:id/approve|reject (e2e)', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-04-06T00:00:00Z' });
    await seedDemoCity(t.dataSource);
    for (const name of ['staff1', 'kakaricho1']) tokens[name] = await t.login(name);
  });
  afterAll(() => t.close());

  const post = (who: string, path: string, body: object = {}) =>
    t.on('lgwan').post(path).set('Authorization', `Bearer ${tokens[who]}`).send(body);
  const get = (who: string, path: string) => t.on('lgwan').get(path).set('Authorization', `Bearer ${tokens[who]}`);
  const start = (businessKey: string) =>
    post('staff1', '/api/workflow/instances', {
      definitionKey: 'generic-request',
      businessKey,
      variables: { title: businessKey },
    });

  it('answers the task and the next step from what the action wrote, as the detail shows them', async () => {
    const started = await start('ANSWER-1');
    const approved = await post('staff1', `/api/workflow/tasks/${started.body.openTasks[0].id}/approve`, {
      comment: '申請します',
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      elementId: 'draft',
      status: 'completed',
      outcome: 'approved',
      comment: '申請します',
      capacity: 'self',
      allowedActions: ['recall', 'withdraw'],
      instance: { id: started.body.id, status: 'running', openTasks: [{ elementId: 'kakaricho', status: 'open' }] },
    });
    expect(approved.body).not.toHaveProperty('history');
    expect(approved.body).not.toHaveProperty('route');
    expect(approved.body).not.toHaveProperty('sendBackTargets');
    const detail = await get('staff1', `/api/workflow/tasks/${approved.body.id}`);
    expect(detail.body).toMatchObject(approved.body);
    const instance = await get('staff1', `/api/workflow/instances/${started.body.id}`);
    expect(approved.body.instance.openTasks).toEqual(instance.body.openTasks);
  });

  it('answers 却下 with the case ended and no step open', async () => {
    const started = await start('ANSWER-2');
    const next = (await post('staff1', `/api/workflow/tasks/${started.body.openTasks[0].id}/approve`)).body.instance
      .openTasks[0];
    const rejected = await post('kakaricho1', `/api/workflow/tasks/${next.id}/reject`, { comment: '不備' });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({
      id: next.id,
      status: 'completed',
      outcome: 'rejected',
      allowedActions: [],
      instance: { status: 'rejected', openTasks: [] },
    });
    expect((await get('kakaricho1', `/api/workflow/tasks/${next.id}`)).body).toMatchObject(rejected.body);
  });
});
