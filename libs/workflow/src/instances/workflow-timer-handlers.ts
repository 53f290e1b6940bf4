import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail, UserAccount } from '@ringi/auth';
import { OrganisationService, jstDateOf } from '@ringi/hr';
import { Clock } from '@ringi/platform';
import { UnknownTimerError } from '../engine/errors';
import { WorkflowTask } from '../tasks/entities/workflow-task.entity';
import { TimerService } from '../timers/timer.service';
import type { WorkflowTimer } from '../timers/workflow-timer.entity';
import { InstanceProgress, TIMER_KINDS } from './instance-progress';
import { InstanceStore } from './instance-store';
import { StaffAccounts } from './staff-accounts';
import { WorkflowRunner } from './workflow-runner';

/**
 * What the workflow's timer rows do when they fall due (TimerService fires each once, in a transaction,
 * across processes): BPMN timer events move the instance on, reminders mark the task, and a task past its
 * due date is escalated to its assignee's superior. A timer whose task or instance has moved on does nothing.
 */
@Injectable()
export class WorkflowTimerHandlers implements OnModuleInit {
  constructor(
    private readonly timers: TimerService,
    private readonly runner: WorkflowRunner,
    private readonly store: InstanceStore,
    private readonly progress: InstanceProgress,
    private readonly organisation: OrganisationService,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly accounts: StaffAccounts,
  ) {}

  onModuleInit(): void {
    this.timers.registerHandler(TIMER_KINDS.engine, (timer, payload, em) => this.fireEngineTimer(timer, payload, em));
    this.timers.registerHandler(TIMER_KINDS.reminder, (timer, _payload, em) => this.remind(timer, em));
    this.timers.registerHandler(TIMER_KINDS.due, (timer, _payload, em) => this.escalate(timer, em));
  }

  private async fireEngineTimer(timer: WorkflowTimer, payload: Record<string, unknown>, em: EntityManager) {
    if (timer.instanceId === null || typeof payload.timerId !== 'string') return;
    const instance = await this.store.lockInstance(em, timer.instanceId);
    if (!instance || instance.status !== 'running') return;
    let result;
    try {
      result = await this.runner.fireTimer(instance.engineState, payload.timerId);
    } catch (error) {
      if (error instanceof UnknownTimerError) return;
      throw error;
    }
    await this.store.history(em, instance.id, {
      actorUserId: null,
      actorName: null,
      capacity: 'system',
      action: 'timerFired',
      targetElementId: typeof payload.elementId === 'string' ? payload.elementId : null,
    });
    await this.progress.apply(em, instance, result);
  }

  private async remind(timer: WorkflowTimer, em: EntityManager) {
    const task = await this.openTask(timer, em);
    if (!task) return;
    await em.update(WorkflowTask, { id: task.id }, { remindedAt: this.clock.now() });
    await this.store.history(em, task.instanceId, {
      taskId: task.id,
      actorUserId: null,
      actorName: null,
      capacity: 'system',
      action: 'reminded',
    });
  }

  /** 督促: past its due date the task is also offered to the assignee's nearest superior. */
  private async escalate(timer: WorkflowTimer, em: EntityManager) {
    const task = await this.openTask(timer, em);
    if (!task || task.assigneeUserId === null) return;
    const assignee = await em.findOne(UserAccount, { where: { id: task.assigneeUserId } });
    if (!assignee?.staffId) return;
    const date = jstDateOf(this.clock.now());
    const superiors = await this.organisation.superiorsOf(assignee.staffId, date);
    for (const superior of superiors) {
      const userId = await this.accounts.activeAccountOf(em, superior.staffId);
      if (userId === null) continue;
      await em.update(WorkflowTask, { id: task.id }, { escalatedToUserId: userId });
      await this.store.history(em, task.instanceId, {
        taskId: task.id,
        actorUserId: null,
        actorName: null,
        capacity: 'system',
        action: 'escalated',
        comment: `期限超過のため${superior.unitName}${superior.positionName}（${superior.staffName}）へ回付`,
      });
      await this.audit.record({
        action: 'workflow.task.escalated',
        targetType: 'workflow-task',
        targetId: task.id,
        actor: { userId: null, name: 'system' },
        detail: { instanceId: task.instanceId, escalatedToUserId: userId, dueAt: task.dueAt },
      });
      return;
    }
  }

  private async openTask(timer: WorkflowTimer, em: EntityManager): Promise<WorkflowTask | null> {
    if (timer.taskId === null) return null;
    return em.findOne(WorkflowTask, { where: { id: timer.taskId, status: 'open' } });
  }
}
