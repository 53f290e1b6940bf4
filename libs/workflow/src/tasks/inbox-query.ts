import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { WorkflowInstance } from '../instances/entities/workflow-instance.entity';
import { WorkflowTask } from './entities/workflow-task.entity';
import type { Actor } from './task-access';
import type { TaskCapacity } from './task-actors';

/** A role grant as the inbox applies it: the role, and the units its scope covers (null: everywhere). */
export interface RoleScope {
  role: string;
  unitIds: readonly number[] | null;
}

/** Whose open tasks the inbox lists: the actor's own (account, posts, roles), escalated ones, and 代決 ones. */
export interface InboxScope {
  actor: Actor;
  roleScopes: readonly RoleScope[];
  deputyTaskIds: readonly number[];
}

export type InboxOrder = 'due' | 'newest' | 'oldest';

export interface InboxPageRequest {
  stepKind?: string;
  businessType?: string;
  order: InboxOrder;
  limit: number;
  offset: number;
}

export interface InboxGroupCount {
  stepKind: string;
  businessType: string | null;
  count: number;
  overdue: number;
}

export interface InboxRow {
  task: WorkflowTask;
  processKey: string;
  businessKey: string;
  businessType: string | null;
  capacity: TaskCapacity;
}

interface Condition {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * The inbox in SQL: which open tasks are mine (the same rules as assignmentMatch, as a WHERE), their counts
 * per step kind and business type, and one sorted page; so a user with hundreds of open tasks among millions
 * of completed ones costs two indexed queries and never loads more rows than the page shows.
 */
export class InboxQuery {
  private readonly own: Condition;
  private readonly escalated: Condition;
  private readonly deputy: Condition | null;

  constructor(private readonly scope: InboxScope) {
    this.own = ownCondition(scope);
    this.escalated = { sql: 't.escalatedToUserId = :inboxMe', params: { inboxMe: scope.actor.userId } };
    this.deputy =
      scope.deputyTaskIds.length > 0
        ? { sql: 't.id IN (:...inboxDeputyIds)', params: { inboxDeputyIds: [...scope.deputyTaskIds] } }
        : null;
  }

  async counts(em: EntityManager, now: Date): Promise<InboxGroupCount[]> {
    const rows = await this.mine(em, false)
      .select('t.stepKind', 'stepKind')
      .addSelect('t.businessType', 'businessType')
      .addSelect('COUNT(*)', 'count')
      .addSelect('SUM(CASE WHEN t.dueAt IS NOT NULL AND t.dueAt < :inboxNow THEN 1 ELSE 0 END)', 'overdue')
      .setParameter('inboxNow', now)
      .groupBy('t.stepKind')
      .addGroupBy('t.businessType')
      .getRawMany<{
        stepKind: string;
        businessType: string | null;
        count: string | number;
        overdue: string | number;
      }>();
    return rows.map((r) => ({
      stepKind: r.stepKind,
      businessType: r.businessType,
      count: Number(r.count),
      overdue: Number(r.overdue ?? 0),
    }));
  }

  async page(em: EntityManager, request: InboxPageRequest): Promise<InboxRow[]> {
    const query = this.mine(em, true)
      .select('t')
      .addSelect('i.processKey', 'inbox_processKey')
      .addSelect('i.businessKey', 'inbox_businessKey')
      .addSelect(this.capacitySql(), 'inbox_capacity');
    if (request.stepKind) query.andWhere('t.stepKind = :inboxStepKind', { inboxStepKind: request.stepKind });
    if (request.businessType) {
      query.andWhere('t.businessType = :inboxBusinessType', { inboxBusinessType: request.businessType });
    }
    orderBy(query, request.order);
    const { entities, raw } = await query.limit(request.limit).offset(request.offset).getRawAndEntities<{
      inbox_processKey: string;
      inbox_businessKey: string;
      inbox_capacity: TaskCapacity;
    }>();
    return entities.map((task, i) => ({
      task,
      processKey: raw[i].inbox_processKey,
      businessKey: raw[i].inbox_businessKey,
      businessType: task.businessType,
      capacity: raw[i].inbox_capacity,
    }));
  }

  /** My open tasks; joined to their instance (as `i`) only for the page, which shows the case's keys. */
  private mine(em: EntityManager, withInstance: boolean): SelectQueryBuilder<WorkflowTask> {
    const branches = [this.own, this.escalated, ...(this.deputy ? [this.deputy] : [])];
    const query = em.createQueryBuilder(WorkflowTask, 't');
    if (withInstance) query.innerJoin(WorkflowInstance, 'i', 'i.id = t.instanceId');
    query.where("t.status = 'open'").andWhere(`(${branches.map((b) => `(${b.sql})`).join(' OR ')})`);
    for (const b of branches) query.setParameters(b.params);
    return query;
  }

  /** Own tasks first, then escalated ones; what is left came in only as 代決. */
  private capacitySql(): string {
    return `CASE WHEN (${this.own.sql}) THEN 'self' WHEN (${this.escalated.sql}) THEN 'escalation' ELSE 'deputyDecision' END`;
  }
}

/** The WHERE form of isOwnTask: a post I hold, else my account, else a role of mine whose scope covers it. */
function ownCondition({ actor, roleScopes }: InboxScope): Condition {
  const params: Record<string, unknown> = { inboxMe: actor.userId };
  const notForPost = '(t.assigneeUnitId IS NULL OR t.assigneePositionCode IS NULL)';
  const parts = actor.posts.map((post, i) => {
    params[`inboxUnit${i}`] = post.unitId;
    params[`inboxPost${i}`] = post.positionCode;
    return `(t.assigneeUnitId = :inboxUnit${i} AND t.assigneePositionCode = :inboxPost${i})`;
  });
  parts.push(`(${notForPost} AND t.assigneeUserId = :inboxMe)`);
  const roles = roleScopes.map((scope, i) => {
    params[`inboxRole${i}`] = scope.role;
    if (scope.unitIds === null) return `t.candidateRole = :inboxRole${i}`;
    if (scope.unitIds.length === 0) return `(t.candidateRole = :inboxRole${i} AND t.candidateScopeUnitId IS NULL)`;
    params[`inboxScope${i}`] = [...scope.unitIds];
    return `(t.candidateRole = :inboxRole${i} AND (t.candidateScopeUnitId IS NULL OR t.candidateScopeUnitId IN (:...inboxScope${i})))`;
  });
  if (roles.length > 0) parts.push(`(${notForPost} AND t.assigneeUserId IS NULL AND (${roles.join(' OR ')}))`);
  return { sql: parts.join(' OR '), params };
}

function orderBy(query: SelectQueryBuilder<WorkflowTask>, order: InboxOrder): void {
  switch (order) {
    case 'due':
      // Soonest due first; tasks without a due date last.
      query.orderBy('CASE WHEN t.dueAt IS NULL THEN 1 ELSE 0 END', 'ASC').addOrderBy('t.dueAt', 'ASC');
      query.addOrderBy('t.id', 'ASC');
      return;
    case 'newest':
      query.orderBy('t.createdAt', 'DESC').addOrderBy('t.id', 'DESC');
      return;
    case 'oldest':
      query.orderBy('t.createdAt', 'ASC').addOrderBy('t.id', 'ASC');
  }
}
