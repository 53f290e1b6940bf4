import fs from 'node:fs';
import { AuditEvent, UserAccount } from '@ringi/auth';
import { OrganisationService, Position, Posting, type PositionCode } from '@ringi/hr';
import { ConflictError } from '@ringi/platform';
import { TimerService, WorkflowEvents, WorkflowTask, type WorkflowEvent } from '@ringi/workflow';
import { seedDemoCity } from '../seeds/demo-city';
import { startTestApp, type TestApp } from './support/test-app';
import { loginablePostHolder, loginableUser, markAbsent, WorkflowClient } from './support/workflow-client';

const fixture = (name: string) => fs.readFileSync(new URL(`./fixtures/bpmn/${name}`, import.meta.url), 'utf8');
const HOUR = 60 * 60 * 1000;

describe('workflow routing: 合議, 供覧, 後閲, 引上げ, timers, events and posts (e2e)', () => {
  let t: TestApp;
  let wf: WorkflowClient;
  let consultees: string[];
  const events: WorkflowEvent[] = [];

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-04-06T00:00:00Z' }); // a Monday 09:00 JST
    await seedDemoCity(t.dataSource);
    wf = new WorkflowClient(t);
    await wf.deploy(fixture('routing-semantics.bpmn'));
    await wf.deploy(fixture('three-step-approval.bpmn'));
    await wf.deploy(fixture('timed-review.bpmn'));
    consultees = [
      'doro-kacho',
      await loginablePostHolder(t, 'zaisei-ka', 'section-chief'),
      await loginablePostHolder(t, 'jinji-ka', 'section-chief'),
    ];
    const bus = t.app.get(WorkflowEvents);
    for (const type of ['instance.started', 'task.created', 'task.completed', 'instance.ended'] as const) {
      bus.on(type, async (event) => void events.push(event), { processKeys: ['routingSemantics'] });
    }
    bus.on(
      'task.completed',
      async (event) => {
        if (event.instance.businessKey === 'VETO') throw new ConflictError('予算の残額が足りません。');
      },
      { processKeys: ['threeStepApproval'] },
    );
  });
  afterAll(() => t.close());

  const staffOf = async (username: string) =>
    (await t.dataSource.getRepository(UserAccount).findOneByOrFail({ username })).staffId;

  /** Starts the routing model and approves the draft and the 係長 step. */
  const startAtConsultation = async (businessKey: string, viewers = ['bucho1', 'fukushicho']) => {
    const id = await wf.start('staff1', 'routingSemantics', businessKey, {
      consultUnits: ['doro-ka', 'zaisei-ka', 'jinji-ka'],
      viewers,
    });
    await wf.act('staff1', id);
    await wf.act('kakaricho1', id);
    return id;
  };

  it('合議 goes to the 課長 of each named section in parallel; with quorum 2 the third is withdrawn', async () => {
    const id = await startAtConsultation('CONSULT-1');
    const consult = await Promise.all(consultees.map((who) => wf.taskOf(who, id)));
    expect(consult.map((c) => c.stepKind)).toEqual(['consult', 'consult', 'consult']);
    expect(new Set(consult.map((c) => c.assigneeUserId)).size).toBe(3);
    expect(await wf.hasTask('kacho1', id)).toBe(false);

    await wf.act(consultees[0], id, 'approve', { comment: '異議なし' });
    expect(await wf.hasTask('kacho1', id)).toBe(false);
    await wf.act(consultees[1], id);
    // Quorum reached: the route moves on and the third consultation is withdrawn.
    expect(await wf.hasTask(consultees[2], id)).toBe(false);
    const third = await t.dataSource.getRepository(WorkflowTask).findOneByOrFail({ id: consult[2].id });
    expect(third.status).toBe('cancelled');
    expect(await wf.hasTask('kacho1', id)).toBe(true);
  });

  it('供覧 does not hold the route up: viewers get items that stay open after the decision', async () => {
    const id = await startAtConsultation('CIRCULATE-1');
    await wf.act(consultees[0], id);
    await wf.act(consultees[1], id);
    const item = await wf.taskOf('bucho1', id);
    expect(item).toMatchObject({ stepKind: 'circulate', status: 'open' });
    expect(await wf.hasTask('fukushicho', id)).toBe(true);
    // Approving is not how a 供覧 item is closed.
    const wrong = await wf.post(`/api/workflow/tasks/${item.id}/approve`, 'bucho1');
    expect(wrong.status).toBe(422);
    expect(wrong.body.message).toContain('確認');

    const decided = await wf.act('kacho1', id);
    expect(decided.instance.status).toBe('completed');
    const detail = await wf.get(`/api/workflow/tasks/${item.id}`, 'bucho1');
    expect(detail.body.allowedActions).toEqual(['acknowledge']);
    const ack = await wf.post(`/api/workflow/tasks/${item.id}/acknowledge`, 'bucho1', { comment: '拝見しました' });
    expect(ack.status).toBe(200);
    expect(ack.body).toMatchObject({ status: 'completed', outcome: 'acknowledged' });
    expect((await wf.post(`/api/workflow/tasks/${item.id}/acknowledge`, 'bucho1')).status).toBe(409);
    expect(await wf.hasTask('fukushicho', id)).toBe(true);
    const stamps = detail.body.route as Array<{ elementId: string; stepKind: string; capacity: string | null }>;
    expect(stamps.map((s) => s.elementId)).toEqual(
      expect.arrayContaining(['draft', 'kakaricho', 'consultation', 'circulation', 'kacho']),
    );
  });

  it('tells modules: instance started, tasks created and completed, instance ended with its outcome', async () => {
    events.length = 0;
    const id = await startAtConsultation('EVENTS-1', ['bucho1']);
    await wf.act(consultees[0], id);
    await wf.act(consultees[1], id);
    await wf.act('kacho1', id);
    const mine = events.filter((e) => e.instance.id === id);
    expect(mine[0].type).toBe('instance.started');
    const created = mine
      .filter((e) => e.type === 'task.created')
      .map((e) => (e as { task: WorkflowTask }).task.elementId);
    expect(created).toEqual([
      'draft',
      'kakaricho',
      'consultation',
      'consultation',
      'consultation',
      'circulation',
      'kacho',
    ]);
    const completed = mine
      .filter((e): e is Extract<WorkflowEvent, { type: 'task.completed' }> => e.type === 'task.completed')
      .map((e) => `${e.task.elementId}:${e.outcome}`);
    expect(completed).toEqual([
      'draft:approved',
      'kakaricho:approved',
      'consultation:approved',
      'consultation:approved',
      'kacho:approved',
    ]);
    expect(mine.at(-1)).toMatchObject({ type: 'instance.ended', outcome: 'completed', endEvents: ['end'] });
  });

  it('a module that refuses an event undoes the whole action: 409 with its message, nothing changed', async () => {
    const id = await wf.start('staff1', 'threeStepApproval', 'VETO');
    const draft = await wf.taskOf('staff1', id);
    const res = await wf.post(`/api/workflow/tasks/${draft.id}/approve`, 'staff1');
    expect(res.status).toBe(409);
    expect(res.body.message).toBe('予算の残額が足りません。');
    expect(await wf.taskOf('staff1', id)).toMatchObject({ id: draft.id, status: 'open' });
    expect((await wf.instance(id)).history.map((h) => h.action)).toEqual(['started']);
  });

  it('後閲: the drafter passes an absent 係長; the route goes on and the 係長 reviews it afterwards', async () => {
    const id = await wf.start('staff1', 'threeStepApproval', 'POSTREVIEW-1');
    await wf.act('staff1', id);
    const step = await wf.taskOf('kakaricho1', id);
    expect((await wf.post(`/api/workflow/tasks/${step.id}/post-review`, 'staff1')).status).toBe(409);

    const back = await markAbsent(t, 'kakaricho1');
    try {
      const seen = await wf.get(`/api/workflow/tasks/${step.id}`, 'staff1');
      expect(seen.body.allowedActions).toEqual(['post-review', 'withdraw']);
      expect((await wf.post(`/api/workflow/tasks/${step.id}/post-review`, 'bucho1')).status).toBe(403);
      const passed = await wf.post(`/api/workflow/tasks/${step.id}/post-review`, 'staff1', {
        comment: '出張中のため後閲',
      });
      expect(passed.status).toBe(200);
      expect(passed.body).toMatchObject({ status: 'completed', outcome: 'passedForPostReview' });
      expect(await wf.hasTask('kacho1', id)).toBe(true);
    } finally {
      await back();
    }
    const review = await wf.taskOf('kakaricho1', id);
    expect(review).toMatchObject({ stepKind: 'review', elementId: 'chiefApproval' });
    await wf.act('kacho1', id);
    const reviewed = await wf.post(`/api/workflow/tasks/${review.id}/acknowledge`, 'kakaricho1');
    expect(reviewed.status).toBe(200);
    const history = (await wf.instance(id)).history;
    expect(history.find((h) => h.action === 'postReviewed')).toMatchObject({
      actorUserId: await wf.userId('kakaricho1'),
      capacity: 'postReview',
    });
    expect(
      await t.dataSource.getRepository(AuditEvent).findOneBy({ action: 'workflow.task.passedForPostReview' }),
    ).toMatchObject({ targetId: String(step.id) });
  });

  it('引上げ: the 課長 acts past an absent 係長 and decides in one step; not while the 係長 is present', async () => {
    const id = await wf.start('staff1', 'threeStepApproval', 'PULLUP-1');
    await wf.act('staff1', id);
    const step = await wf.taskOf('kakaricho1', id);
    expect((await wf.post(`/api/workflow/tasks/${step.id}/pull-up`, 'kacho1')).status).toBe(409);

    const back = await markAbsent(t, 'kakaricho1');
    try {
      expect((await wf.get(`/api/workflow/tasks/${step.id}`, 'kacho1')).body.allowedActions).toEqual(['pull-up']);
      expect((await wf.post(`/api/workflow/tasks/${step.id}/pull-up`, 'doro-kacho')).status).toBe(403);
      const res = await wf.post(`/api/workflow/tasks/${step.id}/pull-up`, 'kacho1', { comment: '引き上げて決裁' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ elementId: 'managerDecision', outcome: 'approved' });
      expect(res.body.instance.status).toBe('completed');
      const history = (await wf.instance(id)).history.filter((h) => h.actorUserId !== null);
      expect(history.slice(-2).map((h) => [h.action, h.capacity])).toEqual([
        ['pulledUp', 'pullUp'],
        ['approved', 'self'],
      ]);
    } finally {
      await back();
    }
  });

  it('due dates: a reminder the business day before, escalation to the superior at the due time, once', async () => {
    t.clock.set(new Date('2026-04-06T00:00:00Z'));
    const id = await wf.start('staff1', 'threeStepApproval', 'DUE-1');
    await wf.act('staff1', id);
    const step = await wf.taskOf('kakaricho1', id);
    const timers = t.app.get(TimerService);
    // P2D from Monday 09:00 JST: due Wednesday 09:00, reminder Tuesday 09:00.
    t.clock.set(new Date('2026-04-06T23:59:00Z'));
    expect(await timers.fireDue()).toEqual({ fired: 0, failed: 0 });
    t.clock.set(new Date('2026-04-07T00:00:00Z'));
    expect(await timers.fireDue()).toEqual({ fired: 1, failed: 0 });
    const reminded = await t.dataSource.getRepository(WorkflowTask).findOneByOrFail({ id: step.id });
    expect(reminded.remindedAt).not.toBeNull();
    expect(reminded.escalatedToUserId).toBeNull();

    t.clock.set(new Date('2026-04-08T00:00:01Z'));
    await timers.fireDue();
    await timers.fireDue();
    const row = await t.dataSource.getRepository(WorkflowTask).findOneByOrFail({ id: step.id });
    const superior = await loginableUser(t, row.escalatedToUserId!);
    const [kakaricho] = await t.app.get(OrganisationService).postsOf((await staffOf('kakaricho1'))!, '2026-04-08');
    const [expected] = await t.app.get(OrganisationService).superiorsOf((await staffOf('kakaricho1'))!, '2026-04-08');
    expect(kakaricho.positionCode).toBe('subsection-chief');
    expect(await staffOf(superior)).toBe(expected.staffId);
    const escalated = (await wf.inbox(superior)).items.find((i) => i.id === step.id);
    expect(escalated).toMatchObject({ capacity: 'escalation', overdue: true });
    const history = (await wf.instance(id)).history;
    expect(history.filter((h) => h.action === 'escalated')).toHaveLength(1);
    expect(history.filter((h) => h.action === 'reminded')).toHaveLength(1);
    expect((await wf.inbox('kakaricho1')).items.find((i) => i.id === step.id)).toMatchObject({ capacity: 'self' });
    const res = await wf.post(`/api/workflow/tasks/${step.id}/approve`, superior);
    expect(res.status).toBe(200);
    expect((await wf.instance(id)).history.at(-1)).toMatchObject({ action: 'approved', capacity: 'escalation' });
    t.clock.set(new Date('2026-04-06T00:00:00Z'));
  });

  it('BPMN timer events are stored rows: the boundary timer fires once and moves the case on', async () => {
    t.clock.set(new Date('2026-04-06T00:00:00Z'));
    const id = await wf.start('staff1', 'timedReview', 'TIMER-1');
    expect(await wf.hasTask('kakaricho1', id)).toBe(true);
    const timers = t.app.get(TimerService);
    t.clock.set(new Date('2026-04-06T03:59:00Z'));
    expect((await timers.fireDue()).fired).toBe(0);
    t.clock.set(new Date(new Date('2026-04-06T00:00:00Z').getTime() + 4 * HOUR));
    expect((await timers.fireDue()).fired).toBe(1);
    expect(await wf.hasTask('kakaricho1', id)).toBe(false);
    expect(await wf.hasTask('kacho1', id)).toBe(true);
    expect((await timers.fireDue()).fired).toBe(0);
    const history = (await wf.instance(id)).history;
    expect(history.find((h) => h.action === 'timerFired')).toMatchObject({ targetElementId: 'reviewTimeout' });

    // A timer whose task was completed first is cancelled with it.
    t.clock.set(new Date('2026-04-06T00:00:00Z'));
    const other = await wf.start('staff1', 'timedReview', 'TIMER-2');
    await wf.act('kakaricho1', other);
    t.clock.set(new Date('2026-04-06T05:00:00Z'));
    expect((await timers.fireDue()).fired).toBe(0);
    t.clock.set(new Date('2026-04-06T00:00:00Z'));
  });

  it('a task for a post follows the post: a 兼務 holder sees it, a holder transferred away does not', async () => {
    t.clock.set(new Date('2026-04-06T00:00:00Z'));
    const id = await wf.start('staff1', 'threeStepApproval', 'POST-1');
    await wf.act('staff1', id);
    const step = await t.dataSource.getRepository(WorkflowTask).findOneByOrFail({ instanceId: id, status: 'open' });
    expect(step.assigneeUnitId).not.toBeNull();
    const postings = t.dataSource.getRepository(Posting);
    const position = await t.dataSource
      .getRepository(Position)
      .findOneByOrFail({ code: step.assigneePositionCode as PositionCode });
    expect(await wf.hasTask('bucho1', id)).toBe(false);
    const concurrent = await postings.save({
      staffId: (await staffOf('bucho1'))!,
      unitId: step.assigneeUnitId!,
      positionId: position.id,
      startDate: '2026-04-01',
      endDate: null,
      concurrent: true,
      note: '兼務',
    });
    const mine = await postings.findOneByOrFail({
      staffId: (await staffOf('kakaricho1'))!,
      unitId: step.assigneeUnitId!,
      positionId: position.id,
    });
    try {
      expect((await wf.taskOf('bucho1', id)).capacity).toBe('self');
      await postings.update({ id: mine.id }, { endDate: '2026-04-05' });
      expect(await wf.hasTask('kakaricho1', id)).toBe(false);
      expect((await wf.post(`/api/workflow/tasks/${step.id}/approve`, 'kakaricho1')).status).toBe(403);
      expect((await wf.post(`/api/workflow/tasks/${step.id}/approve`, 'bucho1')).status).toBe(200);
    } finally {
      await postings.update({ id: mine.id }, { endDate: null });
      await postings.delete({ id: concurrent.id });
    }
  });

  it('the inbox pages, sorts and counts; bad query values are refused with 400', async () => {
    const all = await wf.inbox('kacho1', '?sort=oldest');
    const page = await wf.inbox('kacho1', '?sort=oldest&limit=1&offset=1');
    expect(page.total).toBe(all.total);
    expect(page.items.map((i) => i.id)).toEqual(all.items.slice(1, 2).map((i) => i.id));
    for (const bad of ['?limit=0', '?limit=501', '?offset=-1', '?sort=random', '?limit=abc']) {
      const res = await wf.get(`/api/workflow/tasks${bad}`, 'kacho1');
      expect(res.status).toBe(400);
      expect(res.body.message).toBeTruthy();
    }
  });

  it('the seeded document approval: 合議 with named sections, the decider by 決裁区分, then 供覧', async () => {
    t.clock.set(new Date('2026-04-06T00:00:00Z'));
    const started = await wf.post('/api/workflow/instances', 'staff1', {
      definitionKey: 'document-approval',
      businessKey: '港総第1号',
      businessType: 'document-important',
      variables: { consultUnits: ['zaisei-ka'], viewers: ['kacho1'] },
    });
    expect(started.status).toBe(201);
    const id = started.body.id as number;
    await wf.act('staff1', id);
    await wf.act('kakaricho1', id);
    await wf.act(consultees[1], id, 'approve', { comment: '財政課 合議済' });
    const decision = await wf.taskOf('bucho1', id);
    expect(decision).toMatchObject({ elementId: 'decision', stepKind: 'decide' });
    expect(decision.assigneeLabel).toContain('部長');
    const decided = await wf.act('bucho1', id);
    expect(decided.instance.status).toBe('completed');
    expect(await wf.taskOf('kacho1', id)).toMatchObject({ stepKind: 'circulate', status: 'open' });

    const routine = await wf.start('staff1', 'document-approval', '港総第2号', {});
    expect((await wf.instance(routine)).openTasks[0].elementId).toBe('draft');
    const noType = await wf.post('/api/workflow/instances', 'staff1', {
      definitionKey: 'document-approval',
      businessKey: '港総第3号',
    });
    expect(noType.status).toBe(201);
    await wf.act('staff1', noType.body.id);
    const stuck = await wf.post(
      `/api/workflow/tasks/${(await wf.taskOf('kakaricho1', noType.body.id)).id}/approve`,
      'kakaricho1',
    );
    expect(stuck.status).toBe(422);
    expect(stuck.body.message).toContain('業務種別');
  });

  it('a workflow admin reassigns an open step with a reason, kept in history and audit; others may not', async () => {
    t.clock.set(new Date('2026-04-06T00:00:00Z'));
    const id = await wf.start('staff1', 'threeStepApproval', 'REASSIGN-1');
    await wf.act('staff1', id);
    const step = await wf.taskOf('kakaricho1', id);
    const url = `/api/workflow/tasks/${step.id}/reassign`;
    expect((await wf.post(url, 'kacho1', { username: 'bucho1', reason: '異動' })).status).toBe(403);
    expect((await wf.post(url, 'admin', { username: 'bucho1' })).status).toBe(400);
    expect((await wf.post(url, 'admin', { username: 'gas@example.jp', reason: '誤り' })).status).toBe(422);
    const res = await wf.post(url, 'admin', { username: 'bucho1', reason: '係長の長期休暇のため' });
    expect(res.status).toBe(200);
    expect(await wf.hasTask('kakaricho1', id)).toBe(false);
    expect(await wf.taskOf('bucho1', id)).toMatchObject({ id: step.id, capacity: 'self' });
    expect((await wf.instance(id)).history.at(-1)).toMatchObject({ action: 'reassigned', capacity: 'admin' });
    expect(
      await t.dataSource
        .getRepository(AuditEvent)
        .findOneBy({ action: 'workflow.task.reassigned', targetId: String(step.id) }),
    ).toMatchObject({ capacity: 'admin' });
    await wf.act('bucho1', id);
    expect((await wf.post(url, 'admin', { username: 'kakaricho1', reason: '戻す' })).status).toBe(409);
  });
});
