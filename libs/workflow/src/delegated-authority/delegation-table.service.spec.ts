import { seedDemoCity } from '../../../../seeds/demo-city';
import { startTestApp, type TestApp } from '../../../../test/support/test-app';
import { AssigneeResolver, type Initiator } from '../instances/assignee-resolver';
import { WorkflowInstance } from '../instances/entities/workflow-instance.entity';
import { DEMO_DELEGATION_RULES, type DelegationRule } from './delegated-authority';
import { DelegationTableService } from './delegation-table.service';

describe('DelegationTableService: the active 専決 table is cached (e2e)', () => {
  let t: TestApp;
  let tables: DelegationTableService;
  let initiator: Initiator;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoCity(t.dataSource);
    tables = t.app.get(DelegationTableService);
    const staff1 = await t.login('staff1');
    const started = await t
      .on('lgwan')
      .post('/api/workflow/instances')
      .set('Authorization', `Bearer ${staff1}`)
      .send({ definitionKey: 'generic-request', businessKey: 'DELEGATION-CACHE', variables: { title: '専決' } });
    expect(started.status).toBe(201);
    const instance = await t.dataSource.getRepository(WorkflowInstance).findOneByOrFail({ id: started.body.id });
    initiator = {
      userId: instance.initiatorUserId,
      staffId: instance.initiatorStaffId,
      unitId: instance.initiatorUnitId,
    };
  });
  afterAll(() => t.close());

  /** The deciding position decider(standard) gives a purchase of `amount` yen, as a new task would get it. */
  const deciderFor = (amount: number) =>
    t.dataSource.transaction(async (em) => {
      const resolved = await t.app.get(AssigneeResolver).resolve(
        em,
        { kind: 'decider', table: 'standard' },
        {
          initiator,
          businessType: 'goods',
          variables: { amount },
          date: '2026-04-01',
          taskName: '決裁',
          loopIndex: null,
        },
      );
      return resolved.assigneePositionCode;
    });

  const goodsUpTo = (sectionChiefLimit: number): DelegationRule[] => [
    { businessType: 'goods', minAmount: 0, maxAmount: sectionChiefLimit, decidingPosition: 'section-chief' },
    { businessType: 'goods', minAmount: sectionChiefLimit + 1, maxAmount: null, decidingPosition: 'director' },
  ];

  it('answers from the cache while the table is unchanged in this process', async () => {
    expect(await deciderFor(300_000)).toBe('section-chief');
    expect(await tables.decidingPosition('standard', 'goods', 300_000)).toBe('section-chief');
    // Another process's change (raw SQL here) is not seen within the time to live.
    await t.dataSource.query(`UPDATE wf_delegation_table SET rules = ? WHERE tableKey = 'standard' AND active = ?`, [
      JSON.stringify(goodsUpTo(100_000)),
      true,
    ]);
    expect(await deciderFor(300_000)).toBe('section-chief');
    expect(await tables.decidingPosition('standard', 'goods', 300_000)).toBe('section-chief');
  });

  it('resolves by a version published through the service at once', async () => {
    await tables.publish('standard', '専決表（改定）', goodsUpTo(200_000), null);
    expect(await deciderFor(300_000)).toBe('director');
    expect(await tables.decidingPosition('standard', 'goods', 250_000)).toBe('director');
    await tables.publish('standard', '専決表', DEMO_DELEGATION_RULES, null);
    expect(await deciderFor(300_000)).toBe('section-chief');
  });
});
