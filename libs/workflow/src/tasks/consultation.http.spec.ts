import { OrgUnit, Staff, DEMO_ACCOUNT_EMPLOYEE_NOS } from '@ringi/hr';
import { AuditEvent } from '@ringi/auth';
import { seedDemoCity } from '../../../../seeds/demo-city';
import { startTestApp, type TestApp } from '../../../../test/support/test-app';
import { consultTargetOf } from './consultation.service';

describe('consultTargetOf', () => {
  it.each([
    [
      { unitId: 3, positionCode: 'section-chief' },
      { unitId: 3, positionCode: 'section-chief' },
    ],
    [{ staffId: 7 }, { staffId: 7 }],
  ])('reads %j', (input, expected) => {
    expect(consultTargetOf(input)).toEqual(expected);
  });

  it.each([
    [{}, 'unitId'],
    [{ unitId: 3 }, 'positionCode'],
    [{ unitId: 3, positionCode: 'section-chief', staffId: 7 }, 'staffId'],
  ])('refuses %j naming %s', (input, field) => {
    expect(() => consultTargetOf(input)).toThrow(
      expect.objectContaining({ details: [expect.objectContaining({ field })] }),
    );
  });
});

describe('合議 from the task screen: POST /api/workflow/tasks/:id/consult (e2e)', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let kakarichoTask: number;
  let doroKa: number;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoCity(t.dataSource);
    for (const user of ['staff1', 'kakaricho1', 'doro-kacho', 'kaikei1']) tokens[user] = await t.login(user);
    doroKa = (await t.dataSource.getRepository(OrgUnit).findOneByOrFail({ code: 'doro-ka' })).id;
    const started = await post('staff1', '/api/workflow/instances', {
      definitionKey: 'generic-request',
      businessKey: 'CONSULT-1',
      variables: { title: '道路占用の取扱い' },
    });
    const approved = await post('staff1', `/api/workflow/tasks/${started.body.openTasks[0].id}/approve`, {});
    expect(approved.status).toBe(200);
    kakarichoTask = (await get('kakaricho1', '/api/workflow/tasks')).body.items[0].id;
  });
  afterAll(() => t.close());

  function post(user: string, path: string, body: object) {
    return t.on('lgwan').post(path).set('Authorization', `Bearer ${tokens[user]}`).send(body);
  }
  function get(user: string, path: string) {
    return t.on('lgwan').get(path).set('Authorization', `Bearer ${tokens[user]}`);
  }

  it('lets the step’s approver consult another section’s post, who answers from their inbox', async () => {
    const res = await post('kakaricho1', `/api/workflow/tasks/${kakarichoTask}/consult`, {
      unitId: doroKa,
      positionCode: 'section-chief',
      comment: '占用の扱いについてご意見を',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: '合議（道路管理課長）',
      assigneeLabel: '道路管理課長',
      stepKind: 'consultation',
    });

    const inbox = await get('doro-kacho', '/api/workflow/tasks');
    const item = inbox.body.items.find((i: { id: number }) => i.id === res.body.id);
    expect(item).toMatchObject({ businessKey: 'CONSULT-1', stepKind: 'consultation' });
    const detail = await get('doro-kacho', `/api/workflow/tasks/${res.body.id}`);
    expect(detail.body.allowedActions).toEqual(['acknowledge']);
    expect(
      (await post('doro-kacho', `/api/workflow/tasks/${res.body.id}/acknowledge`, { comment: '支障なし' })).status,
    ).toBe(200);

    const history = (await get('kakaricho1', `/api/workflow/tasks/${kakarichoTask}`)).body.history;
    expect(history.slice(-2)).toEqual([
      expect.objectContaining({ action: 'consulted', comment: '占用の扱いについてご意見を' }),
      expect.objectContaining({ action: 'acknowledged', comment: '支障なし' }),
    ]);
    const audit = await t.dataSource.getRepository(AuditEvent).findOneBy({ action: 'workflow.task.consulted' });
    expect(audit).toMatchObject({ targetId: String(kakarichoTask) });
  });

  it('consults one person by staff number and leaves the step open for its approver', async () => {
    const kaikei = await t.dataSource
      .getRepository(Staff)
      .findOneByOrFail({ employeeNo: DEMO_ACCOUNT_EMPLOYEE_NOS.kaikei1 });
    const res = await post('kakaricho1', `/api/workflow/tasks/${kakarichoTask}/consult`, { staffId: kaikei.id });
    expect(res.status).toBe(201);
    const inbox = await get('kaikei1', '/api/workflow/tasks');
    expect(inbox.body.items.map((i: { id: number }) => i.id)).toContain(res.body.id);
    const step = await get('kakaricho1', `/api/workflow/tasks/${kakarichoTask}`);
    expect(step.body.status).toBe('open');
    expect(step.body.allowedActions).toContain('approve');
  });

  it('refuses whoever may not act on the step, a vacant post, a 合議 item itself and a closed step', async () => {
    expect(
      (
        await post('staff1', `/api/workflow/tasks/${kakarichoTask}/consult`, {
          unitId: doroKa,
          positionCode: 'section-chief',
        })
      ).status,
    ).toBe(403);
    const vacant = await post('kakaricho1', `/api/workflow/tasks/${kakarichoTask}/consult`, {
      unitId: doroKa,
      positionCode: 'mayor',
    });
    expect(vacant.status).toBe(422);
    expect(vacant.body.message).toBe('道路管理課市長は空席です。');
    const neither = await post('kakaricho1', `/api/workflow/tasks/${kakarichoTask}/consult`, {});
    expect(neither.status).toBe(422);
    expect(neither.body.errors).toEqual([{ field: 'unitId', messages: ['合議先の組織と職を選んでください'] }]);
    expect((await post('kakaricho1', `/api/workflow/tasks/${kakarichoTask}/consult`, { staffId: 'x' })).status).toBe(
      400,
    );

    const item = (await get('kaikei1', '/api/workflow/tasks')).body.items.find(
      (i: { stepKind: string }) => i.stepKind === 'consultation',
    );
    const fromItem = await post('kaikei1', `/api/workflow/tasks/${item.id}/consult`, {
      unitId: doroKa,
      positionCode: 'section-chief',
    });
    expect(fromItem.status).toBe(422);

    expect((await post('kakaricho1', `/api/workflow/tasks/${kakarichoTask}/approve`, {})).status).toBe(200);
    const closed = await post('kakaricho1', `/api/workflow/tasks/${kakarichoTask}/consult`, {
      unitId: doroKa,
      positionCode: 'section-chief',
    });
    expect(closed.status).toBe(409);
  });

  it('withdraws the open 合議 items with the case when the step is rejected', async () => {
    const started = await post('staff1', '/api/workflow/instances', {
      definitionKey: 'generic-request',
      businessKey: 'CONSULT-2',
      variables: { title: '取りやめる案件' },
    });
    await post('staff1', `/api/workflow/tasks/${started.body.openTasks[0].id}/approve`, {});
    const step = (await get('kakaricho1', '/api/workflow/tasks')).body.items.find(
      (i: { businessKey: string }) => i.businessKey === 'CONSULT-2',
    );
    const kaikei = await t.dataSource
      .getRepository(Staff)
      .findOneByOrFail({ employeeNo: DEMO_ACCOUNT_EMPLOYEE_NOS.kaikei1 });
    const item = await post('kakaricho1', `/api/workflow/tasks/${step.id}/consult`, { staffId: kaikei.id });
    expect(item.status).toBe(201);

    const rejected = await post('kakaricho1', `/api/workflow/tasks/${step.id}/reject`, { comment: '取りやめ' });
    expect(rejected.status).toBe(200);
    expect(rejected.body.instance).toMatchObject({ status: 'rejected', openTasks: [] });
    const inbox = await get('kaikei1', '/api/workflow/tasks');
    expect(inbox.body.items.map((i: { id: number }) => i.id)).not.toContain(item.body.id);
    expect((await get('kaikei1', `/api/workflow/tasks/${item.body.id}`)).body.status).toBe('cancelled');
  });
});
