import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { AuditTrail, type Principal } from '@ringi/auth';
import { OrgUnit, ancestorPath } from '@ringi/hr';
import {
  AccessDeniedError,
  ConflictError,
  DomainError,
  InvalidInputError,
  NotFoundError,
  Transactions,
} from '@ringi/platform';
import { DefinitionStoreService } from '../definition-store/definition-store.service';
import { WorkflowHistory } from '../instances/entities/workflow-history.entity';
import { WorkflowInstance } from '../instances/entities/workflow-instance.entity';
import {
  toHistoryView,
  toInstanceSummary,
  toTaskView,
  type HistoryView,
  type InstanceSummaryView,
  type TaskView,
} from '../instances/instance-views';
import { InstanceStore } from '../instances/instance-store';
import { conflictFrom } from '../instances/instance.service';
import { rewindTo } from '../instances/rewind';
import { WorkflowRunner } from '../instances/workflow-runner';
import { DeputyAccess } from './deputy-access';
import { WorkflowTask } from './entities/workflow-task.entity';
import { mayActOn } from './task-access';

export type TaskAction = 'approve' | 'reject' | 'send-back' | 'recall';

/** In what capacity a user acts on a task: as its assignee (or role holder), or as the deputy (代決). */
export type TaskCapacity = 'self' | 'deputyDecision';

export interface BulkApproveResult {
  taskId: number;
  status: number;
  message?: string;
}

const HTTP_STATUS_OF: Record<DomainError['kind'], number> = {
  'bad-request': 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  unprocessable: 422,
  locked: 423,
  'too-many-requests': 429,
};

export interface InboxFilter {
  stepKind?: string;
  businessType?: string;
}

export interface InboxItem extends TaskView {
  processKey: string;
  businessKey: string;
  businessType: string | null;
  /** deputyDecision when the task is offered as 代決 for an absent assignee. */
  capacity: TaskCapacity;
}

export interface Inbox {
  total: number;
  /** Open tasks per stepKind, before the filters. */
  countsByStepKind: Record<string, number>;
  items: InboxItem[];
}

export interface TaskDetail extends TaskView {
  instance: InstanceSummaryView;
  history: HistoryView[];
  allowedActions: TaskAction[];
  /** The capacity the actions would be taken in; null when the user may not act on the task. */
  capacity: TaskCapacity | null;
}

const taskNotFound = (id: number) => new NotFoundError(`タスク（ID ${id}）が見つかりません。`);

/** The inbox and the actions on tasks. */
@Injectable()
export class TaskService {
  constructor(
    private readonly transactions: Transactions,
    private readonly runner: WorkflowRunner,
    private readonly store: InstanceStore,
    private readonly audit: AuditTrail,
    private readonly definitions: DefinitionStoreService,
    private readonly deputies: DeputyAccess,
  ) {}

  /** Open tasks assigned to me or to a role I hold in scope, soonest due first (no due date last). */
  inbox(principal: Principal, filter: InboxFilter = {}): Promise<Inbox> {
    return this.transactions.run(async (em) => {
      const roles = [...new Set(principal.roles.map((r) => r.role as string))];
      const where = [
        { assigneeUserId: principal.userId, status: 'open' as const },
        ...(roles.length > 0 ? [{ candidateRole: In(roles), status: 'open' as const }] : []),
      ];
      const found = await em.find(WorkflowTask, { where });
      const units = found.some((t) => t.candidateRole !== null) ? await em.find(OrgUnit) : [];
      const own = found.filter((t) => mayActOn(t, principal.userId, principal.roles, scopePath(units, t)));
      const deputised = (await this.deputies.deputyTasks(em, principal)).filter((d) => !own.some((t) => t.id === d.id));
      const deputyIds = new Set(deputised.map((t) => t.id));
      const mine = [...own, ...deputised];
      const instances = await this.instancesOf(em, mine);
      const countsByStepKind: Record<string, number> = {};
      for (const t of mine) countsByStepKind[t.stepKind] = (countsByStepKind[t.stepKind] ?? 0) + 1;
      const items = mine
        .map((t) => {
          const instance = instances.get(t.instanceId)!;
          return {
            ...toTaskView(t),
            processKey: instance.processKey,
            businessKey: instance.businessKey,
            businessType: instance.businessType,
            capacity: (deputyIds.has(t.id) ? 'deputyDecision' : 'self') as TaskCapacity,
          };
        })
        .filter((t) => !filter.stepKind || t.stepKind === filter.stepKind)
        .filter((t) => !filter.businessType || t.businessType === filter.businessType)
        .sort(byDue);
      return { total: mine.length, countsByStepKind, items };
    });
  }

  /** A task with its case, history and the actions this user may take now. */
  detail(id: number, principal: Principal): Promise<TaskDetail> {
    return this.transactions.run(async (em) => {
      const task = await em.findOne(WorkflowTask, { where: { id } });
      if (!task) throw taskNotFound(id);
      const instance = await em.findOneOrFail(WorkflowInstance, { where: { id: task.instanceId } });
      const capacity = await this.capacityOf(em, task, principal);
      const recallable = await this.mayRecall(em, task, instance, principal);
      if (
        capacity === null &&
        !recallable &&
        task.completedByUserId !== principal.userId &&
        instance.initiatorUserId !== principal.userId &&
        !principal.permissions.has('workflow.admin')
      ) {
        throw new AccessDeniedError('このタスクを閲覧する権限がありません。');
      }
      const history = await em.find(WorkflowHistory, { where: { instanceId: instance.id }, order: { id: 'ASC' } });
      const allowedActions: TaskAction[] = [];
      if (capacity !== null && task.status === 'open' && instance.status === 'running') {
        allowedActions.push('approve', 'reject');
        if (await this.hasEarlierStep(em, task)) allowedActions.push('send-back');
      }
      if (recallable) allowedActions.push('recall');
      return {
        ...toTaskView(task),
        instance: toInstanceSummary(instance),
        history: history.map(toHistoryView),
        allowedActions,
        capacity,
      };
    });
  }

  /** 承認: completes the task and moves the instance on; exactly one of two concurrent calls wins. */
  approve(id: number, principal: Principal, comment: string | null): Promise<TaskDetail> {
    return this.act(id, principal, comment, 'approve');
  }

  /** 却下: ends the case as rejected; the other open tasks are cancelled. */
  reject(id: number, principal: Principal, comment: string | null): Promise<TaskDetail> {
    return this.act(id, principal, comment, 'reject');
  }

  private async act(id: number, principal: Principal, comment: string | null, action: TaskAction): Promise<TaskDetail> {
    try {
      await this.transactions.run(async (em) => {
        const first = await em.findOne(WorkflowTask, { select: { id: true, instanceId: true }, where: { id } });
        if (!first) throw taskNotFound(id);
        const instance = await this.store.lockInstance(em, first.instanceId, this.transactions.lock);
        if (!instance) throw taskNotFound(id);
        // Read again under the instance lock: another request may have completed it meanwhile.
        const task = await em.findOneOrFail(WorkflowTask, { where: { id } });
        const capacity = await this.capacityOf(em, task, principal);
        if (capacity === null) throw new AccessDeniedError('このタスクを処理する権限がありません。');
        if (task.status !== 'open' || instance.status !== 'running') {
          throw new ConflictError('このタスクはすでに処理されています。');
        }
        const actor = {
          actorUserId: principal.userId,
          actorName: principal.displayName,
          taskId: task.id,
          comment,
          capacity,
        };
        if (action === 'approve') {
          const result = await this.runner.signal(instance.engineState, task.executionId, {});
          await this.store.closeTask(em, task, 'approved', principal.userId, comment);
          await this.store.saveRun(em, instance, result);
          await this.store.history(em, instance.id, { ...actor, action: 'approved' });
          if (instance.status === 'running') {
            await this.store.syncTasks(em, instance, result.waits, await this.store.initiatorOf(em, instance));
          } else {
            await this.store.cancelOpenTasks(em, instance.id);
            await this.store.history(em, instance.id, {
              actorUserId: null,
              actorName: null,
              capacity: 'system',
              action: instance.status,
            });
          }
        } else {
          const result = await this.runner.cancel(instance.engineState);
          await this.store.closeTask(em, task, 'rejected', principal.userId, comment);
          await this.store.saveRun(em, instance, result, 'rejected');
          await this.store.cancelOpenTasks(em, instance.id);
          await this.store.history(em, instance.id, { ...actor, action: 'rejected' });
        }
        await this.auditTaskAction(action === 'approve' ? 'approved' : 'rejected', task, instance, capacity, {
          instanceStatus: instance.status,
          comment,
        });
      });
    } catch (error) {
      throw conflictFrom(error);
    }
    return this.detail(id, principal);
  }

  /**
   * 差戻し: sends the case back to the drafter (the first user task of the instance) or to an earlier step
   * that completed in this instance; the route resumes from there, to the same assignee as before, and the
   * steps after it run again. 400 for a step the definition does not have, 409 for one not reached.
   */
  async sendBack(
    id: number,
    principal: Principal,
    comment: string | null,
    targetElementId: string | null,
  ): Promise<TaskDetail> {
    try {
      await this.transactions.run(async (em) => {
        const { task, instance } = await this.lockTask(em, id);
        const capacity = await this.capacityOf(em, task, principal);
        if (capacity === null) throw new AccessDeniedError('このタスクを処理する権限がありません。');
        if (task.status !== 'open' || instance.status !== 'running') {
          throw new ConflictError('このタスクはすでに処理されています。');
        }
        const definition = await this.definitions.definitionById(instance.definitionId);
        const first = await em.findOne(WorkflowTask, { where: { instanceId: instance.id }, order: { id: 'ASC' } });
        const target = targetElementId ?? first!.elementId;
        const step = definition.userTasks.find((u) => u.elementId === target);
        if (!step) {
          throw new InvalidInputError(`差戻し先「${target}」はこのワークフローの手順にありません。`, [
            { field: 'targetElementId', messages: [`「${target}」はこのワークフローの手順にありません。`] },
          ]);
        }
        const stepName = step.name ?? target;
        const completed = await this.completedTasks(em, instance.id);
        const previous = completed.filter((t) => t.elementId === target).at(-1);
        if (!previous || target === task.elementId) {
          throw new ConflictError(`差戻し先「${stepName}」はこの案件でまだ完了していません。`);
        }
        const result = await rewindTo(
          this.runner,
          String(instance.definitionId),
          JSON.parse(instance.variables) as Record<string, unknown>,
          target,
          new Set(completed.map((t) => t.elementId)),
        );
        if (!result) throw new ConflictError(`差戻し先「${stepName}」はこの案件でまだ完了していません。`);
        await this.store.closeTask(em, task, 'sentBack', principal.userId, comment);
        await this.store.cancelOpenTasks(em, instance.id);
        await this.store.saveRun(em, instance, result);
        await this.store.history(em, instance.id, {
          actorUserId: principal.userId,
          actorName: principal.displayName,
          taskId: task.id,
          capacity,
          action: 'sentBack',
          comment,
          targetElementId: target,
        });
        await this.restartTasks(em, instance, result, previous);
        await this.auditTaskAction('sentBack', task, instance, capacity, { targetElementId: target, comment });
      });
    } catch (error) {
      throw conflictFrom(error);
    }
    return this.detail(id, principal);
  }

  /**
   * 引戻し: the actor of the previous completed step takes it back while the next step is open and nobody
   * has acted on it; the step is re-opened for the same person. `id` is either the step they completed or
   * the open step that followed it. 409 once the next step has been acted on.
   */
  async recall(id: number, principal: Principal, comment: string | null): Promise<TaskDetail> {
    let recalledId = id;
    try {
      await this.transactions.run(async (em) => {
        const { task, instance } = await this.lockTask(em, id);
        const completed = await this.completedTasks(em, instance.id);
        const lastActed = await em.findOne(WorkflowTask, {
          where: { instanceId: instance.id, status: 'completed' },
          order: { completedAt: 'DESC', id: 'DESC' },
        });
        const recalled = task.status === 'open' ? completed.at(-1) : task;
        if (!recalled) throw new ConflictError('引き戻せる手順がありません。');
        if (recalled.completedByUserId !== principal.userId) {
          throw new AccessDeniedError('引戻しできるのは直前の手順を処理した本人だけです。');
        }
        recalledId = recalled.id;
        if (instance.status !== 'running' || recalled.outcome !== 'approved' || lastActed?.id !== recalled.id) {
          throw new ConflictError('次の手順がすでに処理されたため、引き戻せません。');
        }
        const open = await em.count(WorkflowTask, { where: { instanceId: instance.id, status: 'open' } });
        if (open === 0) throw new ConflictError('次の手順がすでに処理されたため、引き戻せません。');
        const result = await rewindTo(
          this.runner,
          String(instance.definitionId),
          JSON.parse(instance.variables) as Record<string, unknown>,
          recalled.elementId,
          new Set(completed.map((t) => t.elementId)),
        );
        if (!result) throw new ConflictError('この手順は引き戻せません。');
        await this.store.cancelOpenTasks(em, instance.id);
        await this.store.saveRun(em, instance, result);
        await this.store.history(em, instance.id, {
          actorUserId: principal.userId,
          actorName: principal.displayName,
          taskId: recalled.id,
          action: 'recalled',
          comment,
          targetElementId: recalled.elementId,
        });
        const reopened = await this.restartTasks(em, instance, result, recalled);
        recalledId = reopened.find((t) => t.elementId === recalled.elementId)?.id ?? recalled.id;
        await this.auditTaskAction('recalled', recalled, instance, 'self', { reopenedTaskId: recalledId, comment });
      });
    } catch (error) {
      throw conflictFrom(error);
    }
    return this.detail(recalledId, principal);
  }

  /** One audit row per task action, naming the case it belongs to; runs last in the action's transaction. */
  private auditTaskAction(
    action: 'approved' | 'rejected' | 'sentBack' | 'recalled',
    task: WorkflowTask,
    instance: WorkflowInstance,
    capacity: TaskCapacity,
    extra: Record<string, unknown>,
  ) {
    return this.audit.record({
      action: `workflow.task.${action}`,
      targetType: 'workflow-task',
      targetId: task.id,
      capacity,
      detail: {
        instanceId: instance.id,
        processKey: instance.processKey,
        businessKey: instance.businessKey,
        elementId: task.elementId,
        ...extra,
      },
    });
  }

  /** 一括承認: each task approved in its own transaction; one result per task, in the order given. */
  async bulkApprove(ids: number[], principal: Principal, comment: string | null): Promise<BulkApproveResult[]> {
    const results: BulkApproveResult[] = [];
    for (const taskId of ids) {
      try {
        await this.approve(taskId, principal, comment);
        results.push({ taskId, status: 200 });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        results.push({ taskId, status: HTTP_STATUS_OF[error.kind], message: error.message });
      }
    }
    return results;
  }

  /** The task and its instance, the instance row locked and the task read again under the lock. */
  private async lockTask(em: EntityManager, id: number): Promise<{ task: WorkflowTask; instance: WorkflowInstance }> {
    const first = await em.findOne(WorkflowTask, { select: { id: true, instanceId: true }, where: { id } });
    if (!first) throw taskNotFound(id);
    const instance = await this.store.lockInstance(em, first.instanceId, this.transactions.lock);
    if (!instance) throw taskNotFound(id);
    const task = await em.findOneOrFail(WorkflowTask, { where: { id } });
    return { task, instance };
  }

  /** Approved tasks of the instance, in the order they were completed. */
  private async completedTasks(em: EntityManager, instanceId: number): Promise<WorkflowTask[]> {
    return em.find(WorkflowTask, {
      where: { instanceId, status: 'completed', outcome: 'approved' },
      order: { completedAt: 'ASC', id: 'ASC' },
    });
  }

  /** Task rows for the waits after a rewind; the target step goes to the assignee it had before. */
  private async restartTasks(
    em: EntityManager,
    instance: WorkflowInstance,
    result: Awaited<ReturnType<WorkflowRunner['start']>>,
    previous: WorkflowTask,
  ): Promise<WorkflowTask[]> {
    const created = await this.store.syncTasks(em, instance, result.waits, await this.store.initiatorOf(em, instance));
    const same = {
      assigneeUserId: previous.assigneeUserId,
      candidateRole: previous.candidateRole,
      candidateScopeUnitId: previous.candidateScopeUnitId,
      assigneeLabel: previous.assigneeLabel,
    };
    for (const row of created.filter((t) => t.elementId === previous.elementId)) {
      await em.update(WorkflowTask, { id: row.id }, same);
      Object.assign(row, same);
    }
    return created;
  }

  /** Whether a step of the instance was approved before this task, so 差戻し has somewhere to go. */
  private async hasEarlierStep(em: EntityManager, task: WorkflowTask): Promise<boolean> {
    const done = await this.completedTasks(em, task.instanceId);
    return done.some((t) => t.elementId !== task.elementId);
  }

  /** Whether the principal may recall the step of this task now (see recall). */
  private async mayRecall(
    em: EntityManager,
    task: WorkflowTask,
    instance: WorkflowInstance,
    principal: Principal,
  ): Promise<boolean> {
    if (instance.status !== 'running' || task.status !== 'completed' || task.outcome !== 'approved') return false;
    if (task.completedByUserId !== principal.userId) return false;
    const lastActed = await em.findOne(WorkflowTask, {
      where: { instanceId: instance.id, status: 'completed' },
      order: { completedAt: 'DESC', id: 'DESC' },
    });
    return lastActed?.id === task.id;
  }

  /** self when the task is mine or my role's; deputyDecision as the deputy of its absent assignee; else null. */
  private async capacityOf(em: EntityManager, task: WorkflowTask, principal: Principal): Promise<TaskCapacity | null> {
    const units = task.candidateRole !== null ? await em.find(OrgUnit) : [];
    if (mayActOn(task, principal.userId, principal.roles, scopePath(units, task))) return 'self';
    if (task.status === 'open' && (await this.deputies.isDeputyFor(em, task, principal))) return 'deputyDecision';
    return null;
  }

  private async instancesOf(em: EntityManager, tasks: WorkflowTask[]): Promise<Map<number, WorkflowInstance>> {
    const ids = [...new Set(tasks.map((t) => t.instanceId))];
    if (ids.length === 0) return new Map();
    const rows = await em.find(WorkflowInstance, {
      select: { id: true, processKey: true, businessKey: true, businessType: true },
      where: { id: In(ids) },
    });
    return new Map(rows.map((r) => [r.id, r]));
  }
}

function scopePath(units: OrgUnit[], task: WorkflowTask): number[] {
  return task.candidateScopeUnitId === null || units.length === 0 ? [] : ancestorPath(units, task.candidateScopeUnitId);
}

function byDue(a: TaskView, b: TaskView): number {
  const da = a.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const db = b.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return da === db ? a.id - b.id : da - db;
}
