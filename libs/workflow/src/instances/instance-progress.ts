import { Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { Clock, updateRows } from '@ringi/platform';
import type { RunResult } from '../engine/process-runner';
import { isBusinessDay } from '../engine/business-days';
import { WorkflowEvents, type InstanceOutcome } from '../events/workflow-events';
import { WorkflowTask } from '../tasks/entities/workflow-task.entity';
import { TimerService } from '../timers/timer.service';
import { WorkflowTimer } from '../timers/workflow-timer.entity';
import type { Initiator } from './assignee-resolver';
import type { InstanceStatus, WorkflowInstance } from './entities/workflow-instance.entity';
import { InstanceStore, statusAfter, type HistoryEntry } from './instance-store';
import { WorkflowRunner } from './workflow-runner';

/** Timer kinds the workflow schedules; their handlers are in WorkflowTimerHandlers. */
export const TIMER_KINDS = {
  /** A BPMN timer event of the process (payload: timerId). */
  engine: 'workflow.bpmn-timer',
  /** Reminds the assignee one business day before the due date. */
  reminder: 'workflow.task-reminder',
  /** At the due date: the task is escalated to the assignee's superior. */
  due: 'workflow.task-due',
} as const;

export interface ProgressOptions {
  /** Who started the instance; read from the database when not given. */
  initiator?: Initiator;
  /** The status to store instead of the one the runner's result implies (rejected, withdrawn). */
  status?: InstanceStatus;
  /** The instance row was inserted in this transaction with `first`'s state and has no open task rows yet. */
  newInstance?: boolean;
  /**
   * The instance's open task rows as read under its lock in this transaction (InstanceStore.lockTask), and
   * none created since: an ending case then cancels only these.
   */
  openTasks?: WorkflowTask[];
  /** History lines of the action that led to this run, written before the run's own line in one INSERT. */
  history?: HistoryEntry[];
}

/**
 * What happens after every runner call, in the caller's transaction: 供覧 steps are passed on at once (each
 * leaves an open acknowledgement item), the state is stored, task rows follow the waits, BPMN timers and task
 * due dates become timer rows, and modules hear about new tasks and the end of the case.
 */
@Injectable()
export class InstanceProgress {
  constructor(
    private readonly runner: WorkflowRunner,
    private readonly store: InstanceStore,
    private readonly timers: TimerService,
    private readonly events: WorkflowEvents,
    private readonly clock: Clock,
  ) {}

  /** Returns the task rows created for new waits (供覧 items included). */
  async apply(
    em: EntityManager,
    instance: WorkflowInstance,
    first: RunResult,
    options: ProgressOptions = {},
  ): Promise<WorkflowTask[]> {
    const initiator = options.initiator ?? this.store.initiatorOf(instance);
    const circulated: WorkflowTask[] = [];
    let result = first;
    instance.variables = JSON.stringify(result.variables);
    for (let pass = circulationWaits(result); pass.length > 0; pass = circulationWaits(result)) {
      for (const wait of pass) {
        circulated.push(await this.store.createTask(em, instance, wait, initiator, { dueAt: null }));
        result = await this.runner.signal(result.state, wait.executionId, {});
      }
    }
    const status = options.status ?? statusAfter(result);
    const unchanged = options.newInstance && result === first && status === instance.status;
    if (!unchanged) await this.store.saveRun(em, instance, result, status);
    const created =
      status === 'running'
        ? await this.store.syncTasks(
            em,
            instance,
            result.waits,
            initiator,
            options.newInstance ? [] : options.openTasks,
          )
        : ([] as WorkflowTask[]);
    if (status !== 'running') {
      await this.store.cancelOpenTasks(em, instance.id, {
        keepNonBlocking: status === 'completed',
        held: [...(options.openTasks ?? []), ...circulated],
        heldAreAll: options.newInstance === true || options.openTasks !== undefined,
      });
    }
    const lines = [...(options.history ?? [])];
    if (status === 'completed' || status === 'failed') {
      lines.push({ actorUserId: null, actorName: null, capacity: 'system', action: status });
    }
    if (lines.length > 0) await this.store.historyLines(em, instance.id, lines);
    await this.syncEngineTimers(em, instance, result);
    for (const task of created) await this.scheduleDue(em, task);
    for (const task of [...circulated, ...created])
      await this.events.emit(em, { type: 'task.created', instance, task });
    if (status !== 'running') {
      await this.events.emit(em, {
        type: 'instance.ended',
        instance,
        outcome: status as InstanceOutcome,
        endEvents: result.outcome?.status === 'completed' ? result.outcome.endEvents : [],
      });
    }
    return [...circulated, ...created];
  }

  /** Closes a task and stops its reminders; tells modules. 409 when another request closed it first. */
  async closeTask(
    em: EntityManager,
    instance: WorkflowInstance,
    task: WorkflowTask,
    outcome: string,
    byUserId: number,
    comment: string | null,
  ): Promise<void> {
    await this.store.closeTask(em, task, outcome, byUserId, comment);
    if (task.dueAt) await this.timers.cancelForTask(em, task.id);
    await this.events.emit(em, { type: 'task.completed', instance, task, outcome });
  }

  /** Timer rows follow the engine's running timers: new ones are scheduled, vanished ones cancelled. */
  private async syncEngineTimers(em: EntityManager, instance: WorkflowInstance, result: RunResult): Promise<void> {
    if (result.timers.length === 0 && !(await this.runner.hasTimers(String(instance.definitionId)))) return;
    const stored = await em.find(WorkflowTimer, {
      where: { instanceId: instance.id, kind: TIMER_KINDS.engine, firedAt: IsNull(), cancelledAt: IsNull() },
    });
    const timerIdOf = (row: WorkflowTimer) => (JSON.parse(row.payload) as { timerId?: string }).timerId;
    const running = result.ended ? [] : result.timers;
    for (const row of stored) {
      if (!running.some((t) => t.timerId === timerIdOf(row))) {
        await updateRows(em, WorkflowTimer, { id: row.id, firedAt: null }, { cancelledAt: this.clock.now() });
      }
    }
    for (const timer of running) {
      if (stored.some((row) => timerIdOf(row) === timer.timerId)) continue;
      await this.timers.schedule(em, {
        kind: TIMER_KINDS.engine,
        dueAt: timer.dueAt,
        instanceId: instance.id,
        payload: { timerId: timer.timerId, elementId: timer.elementId },
      });
    }
  }

  /** A task with a due date gets a reminder one business day before it and an escalation at it. */
  private async scheduleDue(em: EntityManager, task: WorkflowTask): Promise<void> {
    if (!task.dueAt) return;
    const ofTask = { instanceId: task.instanceId, taskId: task.id };
    const reminderAt = previousBusinessDay(task.dueAt);
    const reminder = reminderAt > task.createdAt ? [{ kind: TIMER_KINDS.reminder, dueAt: reminderAt, ...ofTask }] : [];
    await this.timers.scheduleAll(em, [...reminder, { kind: TIMER_KINDS.due, dueAt: task.dueAt, ...ofTask }]);
  }
}

/** 供覧 user-task waits: the route does not wait for them. */
function circulationWaits(result: RunResult) {
  if (result.ended) return [];
  return result.waits.filter((w) => w.kind === 'userTask' && w.ringi?.stepKind === 'circulate');
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The same time of day on the business day before. */
function previousBusinessDay(date: Date): Date {
  let time = date.getTime() - DAY_MS;
  while (!isBusinessDay(new Date(time))) time -= DAY_MS;
  return new Date(time);
}
