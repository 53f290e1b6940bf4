import fs from 'node:fs';
import { AuditEvent, UserAccount } from '@ringi/auth';
import { Absence, OrganisationService, OrgUnit } from '@ringi/hr';
import { WorkflowTask } from '@ringi/workflow';
import { DEMO_ADMIN_TOTP_SECRET, seedDemoCity } from '../seeds/demo-city';
import { startTestApp, type TestApp } from './support/test-app';

const MODEL = fs.readFileSync(new URL('./fixtures/bpmn/three-step-approval.bpmn', import.meta.url), 'utf8');

interface TaskBody {
  id: number;
  instanceId: number;
  elementId: string;
  assigneeUserId: number | null;
  assigneeLabel: string;
  status: string;
  capacity?: string;
}

interface HistoryBody {
  action: string;
  actorUserId: number | null;
  capacity: string;
  comment: string | null;
  targetElementId: string | null;
}

describe('workflow actions: 差戻し, 引戻し, 一括承認 and 代決 (e2e)', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const userIds: Record<string, number> = {};

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-04-06T00:00:00Z' }); // a Monday 09:00 JST
    await seedDemoCity(t.dataSource);
    const admin = await t.loginWithMfa('admin', DEMO_ADMIN_TOTP_SECRET);
    const res = await t
      .on('lgwan')
      .post('/api/workflow/definitions')
      .set('Authorization', `Bearer ${admin}`)
      .set('Content-Type', 'application/xml')
      .send(MODEL);
    expect(res.status).toBe(201);
    for (const name of ['staff1', 'kakaricho1', 'kacho1', 'bucho1']) {
      tokens[name] = await t.login(name);
      const account = await t.dataSource.getRepository(UserAccount).findOneByOrFail({ username: name });
      userIds[name] = account.id;
    }
  });
  afterAll(() => t.close());

  const post = (url: string, who: string, body: object = {}) =>
    t.on('lgwan').post(url).set('Authorization', `Bearer ${tokens[who]}`).send(body);
  const get = (url: string, who: string) => t.on('lgwan').get(url).set('Authorization', `Bearer ${tokens[who]}`);
  const inboxOf = async (who: string) => {
    const res = await get('/api/workflow/tasks', who);
    expect(res.status).toBe(200);
    return res.body as { total: number; items: TaskBody[] };
  };
  const taskOf = async (who: string, instanceId: number): Promise<TaskBody> => {
    const task = (await inboxOf(who)).items.find((i) => i.instanceId === instanceId);
    if (!task) throw new Error(`${who} has no task of instance ${instanceId}`);
    return task;
  };
  const hasTask = async (who: string, instanceId: number) =>
    (await inboxOf(who)).items.some((i) => i.instanceId === instanceId);
  const historyOf = async (instanceId: number): Promise<HistoryBody[]> => {
    const res = await get(`/api/workflow/instances/${instanceId}`, 'staff1');
    expect(res.status).toBe(200);
    return res.body.history as HistoryBody[];
  };
  const approve = async (who: string, instanceId: number) => {
    const task = await taskOf(who, instanceId);
    const res = await post(`/api/workflow/tasks/${task.id}/approve`, who);
    expect(res.status).toBe(200);
    return task;
  };
  /** Starts an instance and takes it to the 課長 (draft and 係長 approved). */
  const startAtManager = async (businessKey: string) => {
    const started = await post('/api/workflow/instances', 'staff1', {
      definitionKey: 'threeStepApproval',
      businessKey,
    });
    expect(started.status).toBe(201);
    const id = started.body.id as number;
    await approve('staff1', id);
    await approve('kakaricho1', id);
    return id;
  };
  const auditOf = (action: string, taskId: number) =>
    t.dataSource.getRepository(AuditEvent).findOneBy({ action, targetId: String(taskId) });

  it('差戻し to the drafter by default: the route runs again from the draft, and history shows the target', async () => {
    const id = await startAtManager('SENDBACK-1');
    const decision = await taskOf('kacho1', id);
    const detail = await get(`/api/workflow/tasks/${decision.id}`, 'kacho1');
    expect(detail.body.allowedActions).toEqual(['approve', 'reject', 'send-back']);

    const res = await post(`/api/workflow/tasks/${decision.id}/send-back`, 'kacho1', { comment: '金額を再確認' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'completed', outcome: 'sentBack', allowedActions: [] });
    expect(await hasTask('kacho1', id)).toBe(false);
    const draft = await taskOf('staff1', id);
    expect(draft).toMatchObject({ elementId: 'draft', assigneeUserId: userIds.staff1 });
    expect((await historyOf(id)).at(-1)).toMatchObject({
      action: 'sentBack',
      actorUserId: userIds.kacho1,
      capacity: 'self',
      comment: '金額を再確認',
      targetElementId: 'draft',
    });
    expect(await auditOf('workflow.task.sentBack', decision.id)).toMatchObject({
      actorUserId: userIds.kacho1,
      capacity: 'self',
    });
    expect((await post(`/api/workflow/tasks/${decision.id}/approve`, 'kacho1')).status).toBe(409);

    // The steps after the draft run again, to the end.
    await approve('staff1', id);
    await approve('kakaricho1', id);
    await approve('kacho1', id);
    const done = await get(`/api/workflow/instances/${id}`, 'staff1');
    expect(done.body.status).toBe('completed');
    expect(done.body.history.map((h: HistoryBody) => h.action)).toEqual([
      'started',
      'approved',
      'approved',
      'sentBack',
      'approved',
      'approved',
      'approved',
      'completed',
    ]);
  });

  it('差戻し to a chosen earlier step re-creates it for the same assignee; 400 unknown, 409 not reached', async () => {
    const id = await startAtManager('SENDBACK-2');
    const decision = await taskOf('kacho1', id);
    const unknown = await post(`/api/workflow/tasks/${decision.id}/send-back`, 'kacho1', { targetElementId: 'nope' });
    expect(unknown.status).toBe(400);
    const self = await post(`/api/workflow/tasks/${decision.id}/send-back`, 'kacho1', {
      targetElementId: 'managerDecision',
    });
    expect(self.status).toBe(409);
    expect((await post(`/api/workflow/tasks/${decision.id}/send-back`, 'kakaricho1')).status).toBe(403);

    const res = await post(`/api/workflow/tasks/${decision.id}/send-back`, 'kacho1', {
      targetElementId: 'chiefApproval',
    });
    expect(res.status).toBe(200);
    const chief = await taskOf('kakaricho1', id);
    expect(chief).toMatchObject({ elementId: 'chiefApproval', assigneeUserId: userIds.kakaricho1 });
    expect(await hasTask('staff1', id)).toBe(false);
    expect((await historyOf(id)).at(-1)).toMatchObject({ action: 'sentBack', targetElementId: 'chiefApproval' });

    // From the re-opened 係長 step, the 課長 step has not been reached: 409; nothing changed.
    const notReached = await post(`/api/workflow/tasks/${chief.id}/send-back`, 'kakaricho1', {
      targetElementId: 'managerDecision',
    });
    expect(notReached.status).toBe(409);
    expect((await t.dataSource.getRepository(WorkflowTask).findOneByOrFail({ id: chief.id })).status).toBe('open');
    await approve('kakaricho1', id);
    expect(await taskOf('kacho1', id)).toMatchObject({ elementId: 'managerDecision' });

    // The draft task has no earlier step: no send-back offered, and a send-back to itself is 409.
    const fresh = await post('/api/workflow/instances', 'staff1', {
      definitionKey: 'threeStepApproval',
      businessKey: 'SENDBACK-3',
    });
    const draft = await taskOf('staff1', fresh.body.id);
    expect((await get(`/api/workflow/tasks/${draft.id}`, 'staff1')).body.allowedActions).toEqual([
      'approve',
      'reject',
      'withdraw',
    ]);
    expect((await post(`/api/workflow/tasks/${draft.id}/send-back`, 'staff1')).status).toBe(409);
  });

  it('引戻し: the previous actor takes the step back while the next is untouched; afterwards 409', async () => {
    const started = await post('/api/workflow/instances', 'staff1', {
      definitionKey: 'threeStepApproval',
      businessKey: 'RECALL-1',
    });
    const id = started.body.id as number;
    await approve('staff1', id);
    const chief = await approve('kakaricho1', id);
    expect((await get(`/api/workflow/tasks/${chief.id}`, 'kakaricho1')).body.allowedActions).toEqual(['recall']);
    expect((await post(`/api/workflow/tasks/${chief.id}/recall`, 'staff1')).status).toBe(403);

    const recalled = await post(`/api/workflow/tasks/${chief.id}/recall`, 'kakaricho1', { comment: '修正します' });
    expect(recalled.status).toBe(200);
    expect(recalled.body).toMatchObject({
      elementId: 'chiefApproval',
      status: 'open',
      assigneeUserId: userIds.kakaricho1,
      allowedActions: ['approve', 'reject', 'send-back'],
    });
    expect(await hasTask('kacho1', id)).toBe(false);
    expect((await historyOf(id)).at(-1)).toMatchObject({
      action: 'recalled',
      actorUserId: userIds.kakaricho1,
      capacity: 'self',
      targetElementId: 'chiefApproval',
      comment: '修正します',
    });
    expect(await auditOf('workflow.task.recalled', chief.id)).toMatchObject({ actorUserId: userIds.kakaricho1 });

    // Recalling through the open step that followed: the 係長 approves again, then recalls via the 課長's task.
    await approve('kakaricho1', id);
    const decision = await taskOf('kacho1', id);
    const viaNext = await post(`/api/workflow/tasks/${decision.id}/recall`, 'kakaricho1');
    expect(viaNext.status).toBe(200);
    expect(viaNext.body).toMatchObject({ elementId: 'chiefApproval', status: 'open' });

    // Once the next step has acted (here: the 課長 sent it back), the recall answers 409.
    const again = await approve('kakaricho1', id);
    const decision2 = await taskOf('kacho1', id);
    expect((await post(`/api/workflow/tasks/${decision2.id}/send-back`, 'kacho1')).status).toBe(200);
    expect((await get(`/api/workflow/tasks/${again.id}`, 'kakaricho1')).body.allowedActions).toEqual([]);
    expect((await post(`/api/workflow/tasks/${again.id}/recall`, 'kakaricho1')).status).toBe(409);

    // And after the case ended.
    const id2 = await startAtManager('RECALL-2');
    const last = await approve('kacho1', id2);
    expect((await post(`/api/workflow/tasks/${last.id}/recall`, 'kacho1')).status).toBe(409);
  });

  it('races: send-back against approve, and recall against the next approver, each has one winner', async () => {
    const id = await startAtManager('RACE-SB-1');
    const decision = await taskOf('kacho1', id);
    const results = await Promise.all([
      post(`/api/workflow/tasks/${decision.id}/send-back`, 'kacho1'),
      post(`/api/workflow/tasks/${decision.id}/approve`, 'kacho1'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const open = await t.dataSource.getRepository(WorkflowTask).find({ where: { instanceId: id, status: 'open' } });
    expect(open.length).toBeLessThanOrEqual(1);

    const id2 = await startAtManager('RACE-RC-1');
    const chief = await t.dataSource
      .getRepository(WorkflowTask)
      .findOneByOrFail({ instanceId: id2, elementId: 'chiefApproval' });
    const next = await taskOf('kacho1', id2);
    const raced = await Promise.all([
      post(`/api/workflow/tasks/${chief.id}/recall`, 'kakaricho1'),
      post(`/api/workflow/tasks/${next.id}/approve`, 'kacho1'),
    ]);
    expect(raced.map((r) => r.status).sort()).toEqual([200, 409]);
    const status = (await get(`/api/workflow/instances/${id2}`, 'staff1')).body.status as string;
    expect(status).toBe(raced[0].status === 200 ? 'running' : 'completed');
  });

  it('一括承認: a result per task, each in its own transaction', async () => {
    const a = await post('/api/workflow/instances', 'staff1', {
      definitionKey: 'threeStepApproval',
      businessKey: 'B-1',
    });
    const b = await post('/api/workflow/instances', 'staff1', {
      definitionKey: 'threeStepApproval',
      businessKey: 'B-2',
    });
    const c = await post('/api/workflow/instances', 'staff1', {
      definitionKey: 'threeStepApproval',
      businessKey: 'B-3',
    });
    const [ta, tb, tc] = await Promise.all([a, b, c].map((r) => taskOf('staff1', r.body.id as number)));
    const other = await startAtManager('B-4');
    const foreign = await taskOf('kacho1', other);

    const res = await post('/api/workflow/tasks/bulk-approve', 'staff1', {
      taskIds: [ta.id, tb.id, 999999, foreign.id, ta.id, tc.id],
      comment: 'まとめて起案',
    });
    expect(res.status).toBe(200);
    expect(res.body.map((r: { taskId: number; status: number }) => [r.taskId, r.status])).toEqual([
      [ta.id, 200],
      [tb.id, 200],
      [999999, 404],
      [foreign.id, 403],
      [ta.id, 409],
      [tc.id, 200],
    ]);
    expect(res.body[3].message).toEqual(expect.any(String));
    for (const r of [a, b, c]) expect(await taskOf('kakaricho1', r.body.id as number)).toBeDefined();
    expect((await historyOf(a.body.id as number)).at(-1)).toMatchObject({
      action: 'approved',
      comment: 'まとめて起案',
    });

    expect((await post('/api/workflow/tasks/bulk-approve', 'staff1', { taskIds: [] })).status).toBe(400);
    const tooMany = Array.from({ length: 101 }, (_, i) => i + 1);
    expect((await post('/api/workflow/tasks/bulk-approve', 'staff1', { taskIds: tooMany })).status).toBe(400);
    expect((await post('/api/workflow/tasks/bulk-approve', 'staff1', { taskIds: ['x'] })).status).toBe(400);
  });

  it('代決: the designated deputy of an absent 課長 sees and decides the task, recorded as deputyDecision', async () => {
    const id = await startAtManager('DEPUTY-1');
    const decision = await taskOf('kacho1', id);
    expect(await hasTask('kakaricho1', id)).toBe(false);
    expect((await post(`/api/workflow/tasks/${decision.id}/approve`, 'kakaricho1')).status).toBe(403);

    // The 総務課長 is away; so is anyone designated before the 庶務係長.
    const accounts = t.dataSource.getRepository(UserAccount);
    const kacho = await accounts.findOneByOrFail({ username: 'kacho1' });
    const kakaricho = await accounts.findOneByOrFail({ username: 'kakaricho1' });
    const unit = await t.dataSource.getRepository(OrgUnit).findOneByOrFail({ code: 'soumu-ka' });
    const now = t.clock.now();
    const away = (staffId: number) =>
      t.dataSource.getRepository(Absence).save({
        staffId,
        startsAt: new Date(now.getTime() - 60 * 60 * 1000),
        endsAt: new Date(now.getTime() + 10 * 24 * 60 * 60 * 1000),
        reason: '出張',
      });
    const absences = [await away(kacho.staffId!)];
    const organisation = t.app.get(OrganisationService);
    for (let i = 0; i < 3; i++) {
      const deputy = await organisation.deputyOf(unit.id, 'section-chief', now);
      expect(deputy).not.toBeNull();
      if (deputy!.deputy.staffId === kakaricho.staffId) break;
      absences.push(await away(deputy!.deputy.staffId));
    }
    try {
      const offered = await taskOf('kakaricho1', id);
      expect(offered).toMatchObject({ id: decision.id, capacity: 'deputyDecision', assigneeUserId: userIds.kacho1 });
      const detail = await get(`/api/workflow/tasks/${decision.id}`, 'kakaricho1');
      expect(detail.status).toBe(200);
      expect(detail.body).toMatchObject({
        capacity: 'deputyDecision',
        allowedActions: ['approve', 'reject', 'send-back'],
      });
      expect((await post(`/api/workflow/tasks/${decision.id}/approve`, 'bucho1')).status).toBe(403);

      const res = await post(`/api/workflow/tasks/${decision.id}/approve`, 'kakaricho1', { comment: '代決します' });
      expect(res.status).toBe(200);
      expect(res.body.instance.status).toBe('completed');
      expect((await historyOf(id)).at(-2)).toMatchObject({
        action: 'approved',
        actorUserId: userIds.kakaricho1,
        capacity: 'deputyDecision',
        comment: '代決します',
      });
      expect(await auditOf('workflow.task.approved', decision.id)).toMatchObject({
        actorUserId: userIds.kakaricho1,
        capacity: 'deputyDecision',
      });
    } finally {
      await t.dataSource.getRepository(Absence).remove(absences);
    }

    // With the 課長 back, the deputy no longer sees the 課長's tasks.
    const id2 = await startAtManager('DEPUTY-2');
    expect(await hasTask('kakaricho1', id2)).toBe(false);
    const d2 = await taskOf('kacho1', id2);
    // They approved an earlier step, so they may follow the case, but not act on it.
    expect((await get(`/api/workflow/tasks/${d2.id}`, 'kakaricho1')).body).toMatchObject({
      capacity: null,
      allowedActions: [],
    });
    expect((await post(`/api/workflow/tasks/${d2.id}/approve`, 'kakaricho1')).status).toBe(403);
  });
});
