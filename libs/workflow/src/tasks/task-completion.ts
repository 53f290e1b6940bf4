import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@ringi/auth';
import type { WorkflowInstance } from '../instances/entities/workflow-instance.entity';
import { InstanceProgress } from '../instances/instance-progress';
import { InstanceStore } from '../instances/instance-store';
import { WorkflowRunner } from '../instances/workflow-runner';
import type { WorkflowTask } from './entities/workflow-task.entity';
import { TaskAudit } from './task-audit';

/** Capacities a completion is recorded in: the task's own, or 引上げ by a higher approver. */
export type CompletionCapacity = 'self' | 'escalation' | 'deputyDecision' | 'pullUp';

/**
 * Completes a locked open task in the running transaction: approved moves the route on, rejected ends the
 * case; then the task row, history, the instance's next tasks and the audit row.
 */
@Injectable()
export class TaskCompletion {
  constructor(
    private readonly runner: WorkflowRunner,
    private readonly store: InstanceStore,
    private readonly progress: InstanceProgress,
    private readonly audit: TaskAudit,
  ) {}

  /**
   * `openTasks` are the instance's open rows from InstanceStore.lockTask, so they are not read a second time;
   * they follow what the completion does to them (closed, cancelled). Returns the task rows created.
   */
  async complete(
    em: EntityManager,
    task: WorkflowTask,
    instance: WorkflowInstance,
    principal: Principal,
    comment: string | null,
    outcome: 'approved' | 'rejected' | 'passedForPostReview' | 'pulledUp',
    capacity: CompletionCapacity,
    options: { openTasks?: WorkflowTask[] } = {},
  ): Promise<WorkflowTask[]> {
    const result =
      outcome === 'rejected'
        ? await this.runner.cancel(instance.engineState)
        : await this.runner.signal(instance.engineState, task.executionId, {});
    await this.progress.closeTask(em, instance, task, outcome, principal.userId, comment);
    const line = {
      actorUserId: principal.userId,
      actorName: principal.displayName,
      taskId: task.id,
      comment,
      capacity,
      action: outcome,
    };
    const created = await this.progress.apply(em, instance, result, {
      openTasks: options.openTasks,
      history: [line],
      ...(outcome === 'rejected' ? { status: 'rejected' } : {}),
    });
    await this.audit.record(outcome, task, instance, capacity, { instanceStatus: instance.status, comment });
    return created;
  }
}
