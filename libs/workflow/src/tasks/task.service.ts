import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@ringi/auth';
import {
  AccessDeniedError,
  Clock,
  ConflictError,
  DomainError,
  HTTP_STATUS_OF_ERROR,
  NotFoundError,
  Transactions,
  UnprocessableError,
} from '@ringi/platform';
import { BusinessLinks } from '../events/business-links';
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
import { InstanceProgress } from '../instances/instance-progress';
import { InstanceStore, NON_BLOCKING_STEP_KINDS } from '../instances/instance-store';
import { conflictFrom } from '../instances/instance.service';
import { DeputyAccess } from './deputy-access';
import { InboxQuery } from './inbox-query';
import { WorkflowTask } from './entities/workflow-task.entity';
import { RouteActions } from './route-actions.service';
import { TaskAudit } from './task-audit';
import { TaskCompletion } from './task-completion';
import { TaskActors, type TaskCapacity } from './task-actors';

export const TASK_ACTIONS = [
  'approve',
  'reject',
  'send-back',
  'recall',
  'withdraw',
  'acknowledge',
  'post-review',
  'pull-up',
] as const;
export type TaskAction = (typeof TASK_ACTIONS)[number];

export interface BulkApproveResult {
  taskId: number;
  status: number;
  message?: string;
}

export type InboxSort = 'due' | 'newest' | 'oldest';

export interface InboxFilter {
  stepKind?: string;
  businessType?: string;
  sort?: InboxSort;
  limit?: number;
  offset?: number;
}

export interface InboxItem extends TaskView {
  processKey: string;
  businessKey: string;
  businessType: string | null;
  /** How I would act on it: self, escalation (overdue, escalated to me) or deputyDecision (代決). */
  capacity: TaskCapacity;
  overdue: boolean;
}

export interface Inbox {
  /** Open tasks matching the filters, before paging. */
  total: number;
  /** Open tasks per stepKind, before the filters. */
  countsByStepKind: Record<string, number>;
  overdue: number;
  items: InboxItem[];
}

/** One step of the route as a 決裁欄 shows it: who, in what post, when and in what capacity. */
export interface RouteStamp {
  taskId: number;
  elementId: string;
  name: string | null;
  stepKind: string;
  assigneeLabel: string;
  status: string;
  outcome: string | null;
  actorName: string | null;
  capacity: string | null;
  at: Date | null;
  comment: string | null;
}

/** The answer to 承認 and 却下: the task as the action left it and who has the case next. */
export interface TaskActionAnswer extends TaskView {
  /** The case, with its steps open now: after an action, who has the case next. */
  instance: InstanceSummaryView & { openTasks: TaskView[] };
  /** Path of the screen showing the business object, when its module registered one. */
  businessLink: string | null;
  allowedActions: TaskAction[];
  /** The capacity the actions would be taken in; null when the user may not act on the task. */
  capacity: TaskCapacity | null;
}

export interface TaskDetail extends TaskActionAnswer {
  history: HistoryView[];
  route: RouteStamp[];
  /** Earlier steps 差戻し may send the case back to. */
  sendBackTargets: { elementId: string; name: string | null }[];
}

const DEFAULT_PAGE = 100;
const taskNotFound = (id: number) => new NotFoundError(`タスク（ID ${id}）が見つかりません。`);

/** The inbox, task detail, and the actions that complete a task: approve, reject, acknowledge. */
@Injectable()
export class TaskService {
  constructor(
    private readonly transactions: Transactions,
    private readonly store: InstanceStore,
    private readonly progress: InstanceProgress,
    private readonly completion: TaskCompletion,
    private readonly audit: TaskAudit,
    private readonly actors: TaskActors,
    private readonly deputies: DeputyAccess,
    private readonly routes: RouteActions,
    private readonly links: BusinessLinks,
    private readonly clock: Clock,
  ) {}

  /**
   * Open tasks for me: my account, every post I hold (兼務 included), my roles in scope, tasks escalated to
   * me, and tasks I may decide as 代決. Soonest due first by default (no due date last).
   */
  inbox(principal: Principal, filter: InboxFilter = {}): Promise<Inbox> {
    return this.transactions.read(async (em) => {
      const query = new InboxQuery({
        actor: await this.actors.actorOf(principal),
        roleScopes: await this.actors.roleScopesOf(principal),
        deputyTaskIds: (await this.deputies.deputyTasks(em, principal)).map((t) => t.id),
      });
      const groups = await query.counts(em, this.clock.now());
      const shown = groups.filter(
        (g) =>
          (!filter.stepKind || g.stepKind === filter.stepKind) &&
          (!filter.businessType || g.businessType === filter.businessType),
      );
      const countsByStepKind: Record<string, number> = {};
      for (const g of groups) countsByStepKind[g.stepKind] = (countsByStepKind[g.stepKind] ?? 0) + g.count;
      const total = shown.reduce((sum, g) => sum + g.count, 0);
      const rows =
        total === 0
          ? []
          : await query.page(em, {
              stepKind: filter.stepKind,
              businessType: filter.businessType,
              order: filter.sort ?? 'due',
              limit: filter.limit ?? DEFAULT_PAGE,
              offset: filter.offset ?? 0,
            });
      const now = this.clock.now();
      return {
        total,
        countsByStepKind,
        overdue: shown.reduce((sum, g) => sum + g.overdue, 0),
        items: rows.map((r): InboxItem => ({
          ...toTaskView(r.task),
          processKey: r.processKey,
          businessKey: r.businessKey,
          businessType: r.businessType,
          capacity: r.capacity,
          overdue: r.task.dueAt !== null && r.task.dueAt < now,
        })),
      };
    });
  }

  /** A task with its case, route, history and the actions this user may take now. */
  detail(id: number, principal: Principal): Promise<TaskDetail> {
    return this.transactions.read(async (em) => {
      const task = await em.findOne(WorkflowTask, { where: { id } });
      if (!task) throw taskNotFound(id);
      const instance = await em.findOneOrFail(WorkflowInstance, { where: { id: task.instanceId } });
      return this.detailOf(em, task, instance, principal, await this.actors.capacityOf(em, task, principal));
    });
  }

  /**
   * The detail of a loaded task in the running transaction; 確認 passes the capacity it acted in, so its
   * answer costs two more reads, not a second transaction.
   */
  private async detailOf(
    em: EntityManager,
    task: WorkflowTask,
    instance: WorkflowInstance,
    principal: Principal,
    capacity: TaskCapacity | null,
  ): Promise<TaskDetail> {
    const tasks = await em.find(WorkflowTask, { where: { instanceId: instance.id }, order: { id: 'ASC' } });
    const recallable = isRecallable(tasks, task, instance, principal);
    const running = task.status === 'open' && instance.status === 'running';
    const absenceActions =
      running && capacity === null ? await this.routes.absenceActions(em, task, instance, principal) : [];
    if (
      capacity === null &&
      absenceActions.length === 0 &&
      !tasks.some((t) => t.completedByUserId === principal.userId) &&
      instance.initiatorUserId !== principal.userId &&
      !principal.permissions.has('workflow.admin')
    ) {
      throw new AccessDeniedError('このタスクを閲覧する権限がありません。');
    }
    const history = await em.find(WorkflowHistory, { where: { instanceId: instance.id }, order: { id: 'ASC' } });
    const sendBackTargets = earlierSteps(tasks, task);
    const allowedActions: TaskAction[] = [];
    if (capacity !== null && task.status === 'open' && NON_BLOCKING_STEP_KINDS.includes(task.stepKind)) {
      allowedActions.push('acknowledge');
    } else if (capacity !== null && running) {
      allowedActions.push('approve', 'reject');
      if (sendBackTargets.length > 0) allowedActions.push('send-back');
    }
    if (recallable) allowedActions.push('recall');
    allowedActions.push(...absenceActions);
    if (isWithdrawable(instance, principal)) allowedActions.push('withdraw');
    return {
      ...this.answerOf(task, instance, tasks, allowedActions, capacity),
      history: history.map(toHistoryView),
      route: routeOf(tasks, history),
      sendBackTargets,
    };
  }

  /** The task with its case; `tasks` are rows of the case, of which the open ones are listed. */
  private answerOf(
    task: WorkflowTask,
    instance: WorkflowInstance,
    tasks: WorkflowTask[],
    allowedActions: TaskAction[],
    capacity: TaskCapacity | null,
  ): TaskActionAnswer {
    return {
      ...toTaskView(task),
      instance: {
        ...toInstanceSummary(instance),
        openTasks: tasks.filter((t) => t.status === 'open').map(toTaskView),
      },
      businessLink: this.links.linkOf(instance),
      allowedActions,
      capacity,
    };
  }

  /** 承認 (for 合議, 同意): completes the task and moves the instance on; one of two concurrent calls wins. */
  approve(id: number, principal: Principal, comment: string | null): Promise<TaskActionAnswer> {
    return this.act(id, principal, comment, 'approved');
  }

  /** 却下: ends the case as rejected; the other open tasks are cancelled. */
  reject(id: number, principal: Principal, comment: string | null): Promise<TaskActionAnswer> {
    return this.act(id, principal, comment, 'rejected');
  }

  /**
   * 確認: closes a 供覧 item or a 後閲 review item. The route never waited for them, so the case is not
   * moved; they may be acknowledged after the case was decided.
   */
  async acknowledge(id: number, principal: Principal, comment: string | null): Promise<TaskDetail> {
    try {
      return await this.transactions.run(async (em) => {
        const { task, instance } = await this.store.lockTask(em, id);
        if (!NON_BLOCKING_STEP_KINDS.includes(task.stepKind)) {
          throw new UnprocessableError(
            '確認（acknowledge）で処理できるのは供覧と後閲の項目だけです。承認または却下してください。',
          );
        }
        const capacity = await this.actors.capacityOf(em, task, principal);
        if (capacity === null) throw new AccessDeniedError('このタスクを処理する権限がありません。');
        if (task.status !== 'open') throw new ConflictError('このタスクはすでに処理されています。');
        const outcome = task.stepKind === 'review' ? 'postReviewed' : 'acknowledged';
        await this.progress.closeTask(em, instance, task, outcome, principal.userId, comment);
        await this.store.history(em, instance.id, {
          actorUserId: principal.userId,
          actorName: principal.displayName,
          taskId: task.id,
          capacity: task.stepKind === 'review' ? 'postReview' : capacity,
          action: outcome,
          comment,
        });
        // The audit record takes the chain's lock until commit, so it is written last.
        const detail = await this.detailOf(em, task, instance, principal, capacity);
        await this.audit.record(outcome, task, instance, capacity, { comment });
        return detail;
      });
    } catch (error) {
      throw conflictFrom(error);
    }
  }

  /**
   * Completes the task and answers from the rows the transaction holds (the locked task, the open tasks read
   * under the lock and the ones created), without reading the case back; GET …/tasks/:id has the rest.
   */
  private async act(
    id: number,
    principal: Principal,
    comment: string | null,
    outcome: 'approved' | 'rejected',
  ): Promise<TaskActionAnswer> {
    try {
      return await this.transactions.run(async (em) => {
        const { task, instance, openTasks } = await this.store.lockTask(em, id);
        const capacity = await this.actors.capacityOf(em, task, principal);
        if (capacity === null) throw new AccessDeniedError('このタスクを処理する権限がありません。');
        if (task.status !== 'open' || instance.status !== 'running') {
          throw new ConflictError('このタスクはすでに処理されています。');
        }
        if (NON_BLOCKING_STEP_KINDS.includes(task.stepKind)) {
          throw new UnprocessableError('供覧と後閲の項目は承認・却下ではなく確認（acknowledge）で処理します。');
        }
        const created = await this.completion.complete(em, task, instance, principal, comment, outcome, capacity, {
          openTasks,
        });
        return this.answerOf(
          task,
          instance,
          [...openTasks, ...created],
          actionsAfter(task, instance, principal),
          capacity,
        );
      });
    } catch (error) {
      throw conflictFrom(error);
    }
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
        results.push({ taskId, status: HTTP_STATUS_OF_ERROR[error.kind], message: error.message });
      }
    }
    return results;
  }
}

export type { TaskCapacity };

/** 引戻し is open to whoever approved this step while it is the last one acted on and the case runs. */
function isRecallable(tasks: WorkflowTask[], task: WorkflowTask, instance: WorkflowInstance, principal: Principal) {
  if (instance.status !== 'running' || task.status !== 'completed' || task.outcome !== 'approved') return false;
  if (task.completedByUserId !== principal.userId) return false;
  const lastActed = tasks
    .filter((t) => t.status === 'completed')
    .reduce<WorkflowTask | null>((last, t) => (!last || byCompletion(t, last) > 0 ? t : last), null);
  return lastActed?.id === task.id;
}

/**
 * What the actor may do right after closing the task: it is the last step acted on, so 引戻し while the case
 * runs after an approval, and 取下げ for the initiator.
 */
function actionsAfter(task: WorkflowTask, instance: WorkflowInstance, principal: Principal): TaskAction[] {
  const running = instance.status === 'running';
  return [
    ...(running && task.outcome === 'approved' ? (['recall'] as const) : []),
    ...(isWithdrawable(instance, principal) ? (['withdraw'] as const) : []),
  ];
}

function isWithdrawable(instance: WorkflowInstance, principal: Principal): boolean {
  return instance.status === 'running' && instance.initiatorUserId === principal.userId;
}

function byCompletion(a: WorkflowTask, b: WorkflowTask): number {
  return (a.completedAt?.getTime() ?? 0) - (b.completedAt?.getTime() ?? 0) || a.id - b.id;
}

/** Steps approved before this one, once each, that 差戻し can return to. */
function earlierSteps(tasks: WorkflowTask[], task: WorkflowTask): { elementId: string; name: string | null }[] {
  const seen = new Map<string, string | null>();
  for (const t of tasks) {
    if (t.status === 'completed' && t.outcome === 'approved' && t.elementId !== task.elementId) {
      seen.set(t.elementId, t.name);
    }
  }
  return [...seen].map(([elementId, name]) => ({ elementId, name }));
}

/** The route as stamps: every task of the case in order, with the history line that closed it. */
function routeOf(tasks: WorkflowTask[], history: WorkflowHistory[]): RouteStamp[] {
  return tasks
    .filter((t) => t.status !== 'cancelled')
    .map((t) => {
      const closing = history.filter((h) => h.taskId === t.id && h.actorUserId !== null).at(-1);
      return {
        taskId: t.id,
        elementId: t.elementId,
        name: t.name,
        stepKind: t.stepKind,
        assigneeLabel: t.assigneeLabel,
        status: t.status,
        outcome: t.outcome,
        actorName: t.status === 'completed' ? (closing?.actorName ?? null) : null,
        capacity: t.status === 'completed' ? (closing?.capacity ?? null) : null,
        at: t.completedAt,
        comment: t.comment,
      };
    });
}
