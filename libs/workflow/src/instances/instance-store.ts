import { Injectable } from '@nestjs/common';
import { In, Not, QueryFailedError, type EntityManager } from 'typeorm';
import { Clock, ConflictError, NotFoundError, insertRows, selectRows, updateRows } from '@ringi/platform';
import { jstDateOf } from '@ringi/hr';
import type { RunResult } from '../engine/process-runner';
import type { TaskWait } from '../engine/waits';
import { addBusinessDays } from '../engine/business-days';
import { WorkflowTask } from '../tasks/entities/workflow-task.entity';
import { AssigneeResolver, type Initiator, type ResolvedAssignee } from './assignee-resolver';
import { WorkflowHistory } from './entities/workflow-history.entity';
import { WorkflowInstance, type InstanceStatus } from './entities/workflow-instance.entity';

export interface HistoryEntry {
  taskId?: number | null;
  actorUserId: number | null;
  actorName: string | null;
  capacity?: string;
  action: string;
  comment?: string | null;
  targetElementId?: string | null;
}

export interface CancelOpenTasksOptions {
  /** 供覧, 後閲 and 合議 items stay open (a decided case). */
  keepNonBlocking?: boolean;
  /** Open rows the caller holds; they change with the table. */
  held?: WorkflowTask[];
  /** `held` is every open row of the instance. */
  heldAreAll?: boolean;
}

/**
 * Step kinds whose task rows are not engine waits: 供覧 (circulate) items the route passed on at once, and
 * 後閲 review items for an approver who was passed while absent, and ad-hoc 合議 items (tasks/consultation).
 * They stay open after the case is decided.
 */
export const NON_BLOCKING_STEP_KINDS: readonly string[] = ['circulate', 'review', 'consultation'];

export const CONCURRENT_CHANGE_MESSAGE =
  'この案件は他の操作で更新されました。画面を更新してからもう一度操作してください。';

const WRITE_CONFLICT_CODES = new Set([
  'ER_LOCK_DEADLOCK',
  'ER_LOCK_WAIT_TIMEOUT',
  'SQLITE_BUSY',
  'SQLITE_BUSY_SNAPSHOT',
  'SQLITE_LOCKED',
]);

/** True for the errors a database answers a lost write race with (deadlock, busy SQLite file). */
export function isWriteConflict(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error.driverError as { code?: string } | undefined)?.code;
  return code !== undefined && WRITE_CONFLICT_CODES.has(code);
}

/**
 * Writes of wf_instance, wf_task and wf_history inside the caller's transaction: the instance state after a
 * runner call, the task rows that follow the runner's waits, and history lines.
 */
@Injectable()
export class InstanceStore {
  constructor(
    private readonly resolver: AssigneeResolver,
    private readonly clock: Clock,
  ) {}

  /**
   * A task and its instance, the instance row locked through the task id in one statement and the task read
   * under that lock (another request may have completed it meanwhile); 404 when there is no such task.
   * The instance's open task rows come with it in the same read, so completing the task need not read them
   * again.
   */
  async lockTask(
    em: EntityManager,
    taskId: number,
  ): Promise<{ task: WorkflowTask; instance: WorkflowInstance; openTasks: WorkflowTask[] }> {
    const [instance] = await selectRows(
      em,
      WorkflowInstance,
      { sql: 'id = (SELECT t.instanceId FROM wf_task t WHERE t.id = ?)', parameters: [taskId] },
      { lock: true },
    );
    const rows = instance
      ? await selectRows(em, WorkflowTask, [{ id: taskId }, { instanceId: instance.id, status: 'open' }], {
          orderBy: 'id',
        })
      : [];
    const task = rows.find((row) => row.id === taskId);
    if (!instance || !task) throw new NotFoundError(`タスク（ID ${taskId}）が見つかりません。`);
    return { task, instance, openTasks: rows.filter((row) => row.instanceId === instance.id && row.status === 'open') };
  }

  /** The instance row, locked FOR UPDATE on MySQL (SQLite transactions are serialized). */
  async lockInstance(em: EntityManager, id: number): Promise<WorkflowInstance | null> {
    const [instance] = await selectRows(em, WorkflowInstance, { id }, { lock: true });
    return instance ?? null;
  }

  /** Stores the state after a runner call; a concurrent writer that got there first answers 409. */
  async saveRun(
    em: EntityManager,
    instance: WorkflowInstance,
    result: RunResult,
    status: InstanceStatus = statusAfter(result),
  ): Promise<void> {
    const changes = {
      engineState: result.state,
      variables: JSON.stringify(result.variables),
      status,
      endedAt: status === 'running' ? null : this.clock.now(),
      lockVersion: instance.lockVersion + 1,
    };
    const affected = await updateRows(
      em,
      WorkflowInstance,
      { id: instance.id, lockVersion: instance.lockVersion },
      changes,
    );
    if (affected !== 1) throw new ConflictError(CONCURRENT_CHANGE_MESSAGE);
    Object.assign(instance, changes);
  }

  /**
   * Makes the open task rows follow the runner's waits: new user-task waits get a row with their assignee
   * resolved now; open rows whose wait is gone (e.g. withdrawn by a quorum) are cancelled. `openRows` skips
   * reading them when the caller knows them (none, for an instance started in this transaction); rows in it
   * closed since it was read are left out.
   */
  async syncTasks(
    em: EntityManager,
    instance: WorkflowInstance,
    waits: TaskWait[],
    initiator: Initiator,
    openRows?: WorkflowTask[],
  ): Promise<WorkflowTask[]> {
    const open = (
      openRows ?? (await em.find(WorkflowTask, { where: { instanceId: instance.id, status: 'open' } }))
    ).filter((t) => t.status === 'open' && !NON_BLOCKING_STEP_KINDS.includes(t.stepKind));
    const userWaits = waits.filter((w) => w.kind === 'userTask');
    const gone = open.filter((task) => !userWaits.some((w) => w.executionId === task.executionId));
    if (gone.length > 0) {
      const changes = { status: 'cancelled' as const, completedAt: this.clock.now() };
      await updateRows(em, WorkflowTask, { id: gone.map((t) => t.id), status: 'open' }, changes);
      for (const task of gone) Object.assign(task, changes);
    }
    const created: WorkflowTask[] = [];
    for (const wait of userWaits) {
      if (open.some((t) => t.executionId === wait.executionId)) continue;
      created.push(await this.createTask(em, instance, wait, initiator));
    }
    return created;
  }

  /** Who a user-task wait goes to, resolved against the organisation now. */
  resolveAssignee(
    em: EntityManager,
    instance: WorkflowInstance,
    wait: TaskWait,
    initiator: Initiator,
  ): Promise<ResolvedAssignee> {
    return this.resolver.resolve(em, wait.ringi?.assignee ?? null, {
      initiator,
      businessType: instance.businessType,
      variables: JSON.parse(instance.variables) as Record<string, unknown>,
      date: jstDateOf(this.clock.now()),
      taskName: wait.name ?? wait.elementId,
      loopIndex: wait.loop?.index ?? null,
    });
  }

  /** A task row for a user-task wait, its assignee resolved now unless the caller already did. */
  async createTask(
    em: EntityManager,
    instance: WorkflowInstance,
    wait: TaskWait,
    initiator: Initiator,
    overrides: Partial<WorkflowTask> = {},
    resolved?: ResolvedAssignee,
  ): Promise<WorkflowTask> {
    const now = this.clock.now();
    const row = em.create(WorkflowTask, {
      instanceId: instance.id,
      executionId: wait.executionId,
      elementId: wait.elementId,
      name: wait.name,
      stepKind: wait.ringi?.stepKind ?? 'approve',
      businessType: instance.businessType,
      ...(resolved ?? (await this.resolveAssignee(em, instance, wait, initiator))),
      escalatedToUserId: null,
      remindedAt: null,
      reviewOfTaskId: null,
      status: 'open',
      dueAt: wait.ringi?.due ? addBusinessDays(now, wait.ringi.due) : null,
      createdAt: now,
      completedAt: null,
      completedByUserId: null,
      outcome: null,
      comment: null,
      ...overrides,
    });
    await insertRows(em, WorkflowTask, [row]);
    return row;
  }

  /** Closes an open task; 409 when another request closed it first. */
  async closeTask(
    em: EntityManager,
    task: WorkflowTask,
    outcome: string,
    byUserId: number,
    comment: string | null,
  ): Promise<void> {
    const changes = {
      status: 'completed' as const,
      outcome,
      completedAt: this.clock.now(),
      completedByUserId: byUserId,
      comment,
    };
    const affected = await updateRows(em, WorkflowTask, { id: task.id, status: 'open' }, changes);
    if (affected !== 1) throw new ConflictError(CONCURRENT_CHANGE_MESSAGE);
    Object.assign(task, changes);
  }

  /**
   * Cancels the open tasks of the instance (the case ended or was rewound without them). 供覧 and 後閲 items
   * survive a decided case (`keepNonBlocking`): they are read after the decision. The rows in `held` change
   * with the table, so the caller can answer from them without reading them back. `heldAreAll` says they are
   * every open row of the instance (read under its lock, plus those created since in this transaction): when
   * none of them is to be cancelled, the table is not touched.
   */
  async cancelOpenTasks(
    em: EntityManager,
    instanceId: number,
    { keepNonBlocking = false, held = [], heldAreAll = false }: CancelOpenTasksOptions = {},
  ): Promise<void> {
    const kept = (task: WorkflowTask) => keepNonBlocking && NON_BLOCKING_STEP_KINDS.includes(task.stepKind);
    const cancelled = held.filter((task) => task.status === 'open' && !kept(task));
    if (heldAreAll && cancelled.length === 0) return;
    const changes = { status: 'cancelled' as const, completedAt: this.clock.now() };
    await em.update(
      WorkflowTask,
      {
        instanceId,
        status: 'open',
        ...(keepNonBlocking ? { stepKind: Not(In([...NON_BLOCKING_STEP_KINDS])) } : {}),
      },
      changes,
    );
    for (const task of cancelled) Object.assign(task, changes);
  }

  /** Appends a history line; answers the stored row. */
  async history(em: EntityManager, instanceId: number, entry: HistoryEntry): Promise<WorkflowHistory> {
    return (await this.historyLines(em, instanceId, [entry]))[0];
  }

  /** Appends several history lines in their order with one INSERT; answers the stored rows. */
  async historyLines(em: EntityManager, instanceId: number, entries: HistoryEntry[]): Promise<WorkflowHistory[]> {
    const at = this.clock.now();
    const rows = entries.map((entry) =>
      em.create(WorkflowHistory, {
        instanceId,
        taskId: entry.taskId ?? null,
        at,
        actorUserId: entry.actorUserId,
        actorName: entry.actorName,
        capacity: entry.capacity ?? 'self',
        action: entry.action,
        comment: entry.comment ?? null,
        targetElementId: entry.targetElementId ?? null,
      }),
    );
    await insertRows(em, WorkflowHistory, rows);
    return rows;
  }

  /** Who started the instance, for resolving assignees of later tasks; the instance row has all of it. */
  initiatorOf(instance: WorkflowInstance): Initiator {
    return { userId: instance.initiatorUserId, staffId: instance.initiatorStaffId, unitId: instance.initiatorUnitId };
  }
}

/** The instance status the runner's answer implies. */
export function statusAfter(result: RunResult): InstanceStatus {
  switch (result.outcome?.status) {
    case undefined:
      return 'running';
    case 'completed':
      return 'completed';
    case 'cancelled':
      return 'cancelled';
    case 'failed':
      return 'failed';
  }
}
