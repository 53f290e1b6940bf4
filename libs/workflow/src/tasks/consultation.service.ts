import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail, type Principal } from '@ringi/auth';
import { OrganisationService, OrgUnit, POSITIONS, Staff, displayName, jstDateOf } from '@ringi/hr';
import { AccessDeniedError, Clock, ConflictError, Transactions, UnprocessableError } from '@ringi/platform';
import { WorkflowEvents } from '../events/workflow-events';
import { postLabel } from '../instances/assignee-label';
import { InstanceStore, NON_BLOCKING_STEP_KINDS } from '../instances/instance-store';
import { conflictFrom } from '../instances/instance.service';
import { StaffAccounts } from '../instances/staff-accounts';
import { WorkflowTask } from './entities/workflow-task.entity';
import { TaskActors } from './task-actors';

/** The step kind of an ad-hoc 合議 item: answered with 確認, the route does not wait for it. */
export const CONSULTATION_STEP_KIND = 'consultation';

export type ConsultTarget = { unitId: number; positionCode: string } | { staffId: number };

/** Reads the body's choice of 合議先: a post or a person, exactly one of them. */
export function consultTargetOf(input: { unitId?: number; positionCode?: string; staffId?: number }): ConsultTarget {
  const post = input.unitId !== undefined || input.positionCode !== undefined;
  if (post && input.staffId !== undefined) {
    throw new UnprocessableError('合議先は「組織と職」か「職員」のどちらか一方で指定してください。', [
      { field: 'staffId', messages: ['組織・職と同時には指定できません'] },
    ]);
  }
  if (input.staffId !== undefined) return { staffId: input.staffId };
  if (input.unitId === undefined || input.positionCode === undefined) {
    throw new UnprocessableError('合議先を指定してください。', [
      { field: input.unitId === undefined ? 'unitId' : 'positionCode', messages: ['合議先の組織と職を選んでください'] },
    ]);
  }
  return { unitId: input.unitId, positionCode: input.positionCode };
}

/**
 * 合議 from the task screen: whoever may act on an open step asks another section's post, or a person,
 * for their view. The consultee receives an item in their inbox (answered with 確認); the request and the
 * answer are in the case's history.
 */
@Injectable()
export class ConsultationService {
  constructor(
    private readonly transactions: Transactions,
    private readonly store: InstanceStore,
    private readonly actors: TaskActors,
    private readonly organisation: OrganisationService,
    private readonly events: WorkflowEvents,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly accounts: StaffAccounts,
  ) {}

  async consult(taskId: number, target: ConsultTarget, principal: Principal, comment: string | null) {
    try {
      return await this.transactions.run(async (em) => {
        const { task, instance } = await this.store.lockTask(em, taskId);
        const capacity = await this.actors.capacityOf(em, task, principal);
        if (capacity === null) throw new AccessDeniedError('このタスクを処理する権限がありません。');
        if (task.status !== 'open' || instance.status !== 'running') {
          throw new ConflictError('このタスクはすでに処理されています。');
        }
        if (NON_BLOCKING_STEP_KINDS.includes(task.stepKind)) {
          throw new UnprocessableError('供覧・後閲・合議の項目からは合議を依頼できません。');
        }
        const assignee = await this.assigneeOf(em, target);
        const item = em.create(WorkflowTask, {
          instanceId: instance.id,
          executionId: `${task.executionId}#consultation-${this.clock.now().getTime()}`,
          elementId: `${task.elementId}#consultation`,
          name: `合議（${assignee.label}）`,
          stepKind: CONSULTATION_STEP_KIND,
          businessType: instance.businessType,
          assigneeUserId: assignee.userId,
          candidateRole: null,
          candidateScopeUnitId: null,
          assigneeUnitId: assignee.unitId,
          assigneePositionCode: assignee.positionCode,
          escalatedToUserId: null,
          remindedAt: null,
          reviewOfTaskId: null,
          assigneeLabel: assignee.label,
          status: 'open',
          dueAt: null,
          createdAt: this.clock.now(),
          completedAt: null,
          completedByUserId: null,
          outcome: null,
          comment,
        });
        await em.insert(WorkflowTask, item);
        await this.store.history(em, instance.id, {
          actorUserId: principal.userId,
          actorName: principal.displayName,
          taskId: item.id,
          capacity,
          action: 'consulted',
          comment,
        });
        await this.events.emit(em, { type: 'task.created', instance, task: item });
        // The audit record takes the chain's lock until commit, so it is written last.
        await this.audit.record({
          action: 'workflow.task.consulted',
          targetType: 'workflow-task',
          targetId: task.id,
          capacity,
          detail: {
            instanceId: instance.id,
            businessKey: instance.businessKey,
            consultationTaskId: item.id,
            consultee: assignee.label,
            comment,
          },
        });
        return { id: item.id, name: item.name, assigneeLabel: item.assigneeLabel, stepKind: item.stepKind };
      });
    } catch (error) {
      throw conflictFrom(error);
    }
  }

  private async assigneeOf(
    em: EntityManager,
    target: ConsultTarget,
  ): Promise<{ userId: number | null; unitId: number | null; positionCode: string | null; label: string }> {
    if ('staffId' in target) {
      const staff = await em.findOneBy(Staff, { id: target.staffId, active: true });
      const userId = staff ? await this.accounts.activeAccountOf(em, staff.id) : null;
      if (!staff || userId === null) {
        throw new UnprocessableError('合議先の職員が見つかりません。', [
          { field: 'staffId', messages: ['ログインできる在職の職員を選んでください'] },
        ]);
      }
      return { userId, unitId: null, positionCode: null, label: displayName(staff) };
    }
    const unit = await em.findOneBy(OrgUnit, { id: target.unitId });
    const position = POSITIONS.find((p) => p.code === target.positionCode);
    if (!unit || !position) {
      throw new UnprocessableError('合議先の組織が見つかりません。', [
        { field: 'unitId', messages: ['合議先の組織を選び直してください'] },
      ]);
    }
    const holders = await this.organisation.holdersOf(unit.id, position.code, jstDateOf(this.clock.now()));
    if (holders.length === 0) {
      throw new UnprocessableError(`${postLabel(unit.name, position.name)}は空席です。`, [
        { field: 'positionCode', messages: [`${unit.name}に${position.name}がいません。別の合議先を選んでください`] },
      ]);
    }
    return { userId: null, unitId: unit.id, positionCode: position.code, label: postLabel(unit.name, position.name) };
  }
}
