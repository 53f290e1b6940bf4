import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@ringi/auth';
import type { WorkflowInstance } from '../instances/entities/workflow-instance.entity';
import type { WorkflowTask } from './entities/workflow-task.entity';

export type AuditedTaskAction =
  | 'approved'
  | 'rejected'
  | 'sentBack'
  | 'recalled'
  | 'acknowledged'
  | 'postReviewed'
  | 'passedForPostReview'
  | 'pulledUp';

/** One audit row per task action, naming the case it belongs to; written last in the action's transaction. */
@Injectable()
export class TaskAudit {
  constructor(private readonly audit: AuditTrail) {}

  record(
    action: AuditedTaskAction,
    task: WorkflowTask,
    instance: WorkflowInstance,
    capacity: string,
    extra: Record<string, unknown>,
  ): Promise<unknown> {
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
}
