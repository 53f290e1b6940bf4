import { Injectable } from '@nestjs/common';
import { AuditTrail, UserAccount, type Principal } from '@ringi/auth';
import { ConflictError, Transactions, UnprocessableError } from '@ringi/platform';
import { InstanceStore, NON_BLOCKING_STEP_KINDS } from '../instances/instance-store';
import { WorkflowTask } from './entities/workflow-task.entity';

/**
 * A workflow admin hands an open step to another person (the assignee left, a post is vacant, the work must
 * move): the task becomes that account's, the reason goes into the history and the audit trail.
 */
@Injectable()
export class TaskReassignment {
  constructor(
    private readonly transactions: Transactions,
    private readonly store: InstanceStore,
    private readonly audit: AuditTrail,
  ) {}

  async reassign(id: number, username: string, reason: string, principal: Principal): Promise<void> {
    await this.transactions.run(async (em) => {
      const { task, instance } = await this.store.lockTask(em, id);
      if (task.status !== 'open' || instance.status !== 'running' || NON_BLOCKING_STEP_KINDS.includes(task.stepKind)) {
        throw new ConflictError('処理中の手順だけを再割当てできます。');
      }
      const target = await em.findOne(UserAccount, { where: { username: username.toLowerCase(), active: true } });
      if (!target || target.kind !== 'staff') {
        throw new UnprocessableError(`「${username}」は有効な職員のアカウントではありません。`, [
          { field: 'username', messages: ['有効な職員のアカウントを指定してください'] },
        ]);
      }
      const before = {
        assigneeUserId: task.assigneeUserId,
        candidateRole: task.candidateRole,
        label: task.assigneeLabel,
      };
      await em.update(
        WorkflowTask,
        { id },
        {
          assigneeUserId: target.id,
          assigneeUnitId: null,
          assigneePositionCode: null,
          candidateRole: null,
          candidateScopeUnitId: null,
          escalatedToUserId: null,
          assigneeLabel: target.displayName,
        },
      );
      await this.store.history(em, instance.id, {
        taskId: id,
        actorUserId: principal.userId,
        actorName: principal.displayName,
        capacity: 'admin',
        action: 'reassigned',
        comment: `${before.label} → ${target.displayName}：${reason}`,
      });
      await this.audit.record({
        action: 'workflow.task.reassigned',
        targetType: 'workflow-task',
        targetId: id,
        capacity: 'admin',
        detail: { instanceId: instance.id, from: before, toUserId: target.id, reason },
      });
    });
  }
}
