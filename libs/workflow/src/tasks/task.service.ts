import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { AuditTrail, type Principal } from '@ringi/auth';
import { OrgUnit, ancestorPath } from '@ringi/hr';
import { AccessDeniedError, ConflictError, NotFoundError, Transactions } from '@ringi/platform';
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
import { WorkflowRunner } from '../instances/workflow-runner';
import { WorkflowTask } from './entities/workflow-task.entity';
import { mayActOn } from './task-access';

export type TaskAction = 'approve' | 'reject';

export interface InboxFilter {
  stepKind?: string;
  businessType?: string;
}

export interface InboxItem extends TaskView {
  processKey: string;
  businessKey: string;
  businessType: string | null;
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
      const mine = found.filter((t) => mayActOn(t, principal.userId, principal.roles, scopePath(units, t)));
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
      const mayAct = await this.mayAct(em, task, principal);
      if (!mayAct && instance.initiatorUserId !== principal.userId && !principal.permissions.has('workflow.admin')) {
        throw new AccessDeniedError('このタスクを閲覧する権限がありません。');
      }
      const history = await em.find(WorkflowHistory, { where: { instanceId: instance.id }, order: { id: 'ASC' } });
      const open = mayAct && task.status === 'open' && instance.status === 'running';
      return {
        ...toTaskView(task),
        instance: toInstanceSummary(instance),
        history: history.map(toHistoryView),
        allowedActions: open ? (['approve', 'reject'] as TaskAction[]) : [],
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
        if (!(await this.mayAct(em, task, principal))) {
          throw new AccessDeniedError('このタスクを処理する権限がありません。');
        }
        if (task.status !== 'open' || instance.status !== 'running') {
          throw new ConflictError('このタスクはすでに処理されています。');
        }
        const actor = { actorUserId: principal.userId, actorName: principal.displayName, taskId: task.id, comment };
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
        await this.audit.record({
          action: action === 'approve' ? 'workflow.task.approved' : 'workflow.task.rejected',
          targetType: 'workflow-task',
          targetId: task.id,
          capacity: 'self',
          detail: {
            instanceId: instance.id,
            processKey: instance.processKey,
            businessKey: instance.businessKey,
            elementId: task.elementId,
            instanceStatus: instance.status,
            comment,
          },
        });
      });
    } catch (error) {
      throw conflictFrom(error);
    }
    return this.detail(id, principal);
  }

  private async mayAct(em: EntityManager, task: WorkflowTask, principal: Principal): Promise<boolean> {
    const units = task.candidateRole !== null ? await em.find(OrgUnit) : [];
    return mayActOn(task, principal.userId, principal.roles, scopePath(units, task));
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
