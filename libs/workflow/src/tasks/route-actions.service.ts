import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UserAccount, type Principal } from '@ringi/auth';
import { OrganisationService, jstDateOf } from '@ringi/hr';
import {
  AccessDeniedError,
  Clock,
  ConflictError,
  InvalidInputError,
  Transactions,
  UnprocessableError,
} from '@ringi/platform';
import { DefinitionStoreService } from '../definition-store/definition-store.service';
import type { RunResult } from '../engine/process-runner';
import { WorkflowEvents } from '../events/workflow-events';
import type { WorkflowInstance } from '../instances/entities/workflow-instance.entity';
import { InstanceProgress } from '../instances/instance-progress';
import { InstanceStore, NON_BLOCKING_STEP_KINDS } from '../instances/instance-store';
import { conflictFrom } from '../instances/instance.service';
import { rewindTo } from '../instances/rewind';
import { WorkflowRunner } from '../instances/workflow-runner';
import { WorkflowTask } from './entities/workflow-task.entity';
import { TaskActors } from './task-actors';
import { TaskAudit } from './task-audit';
import { TaskCompletion } from './task-completion';

/** Step kinds an absent approver's task may be passed on (後閲) or pulled up (引上げ) from; a decision needs 代決. */
const PASSABLE_STEP_KINDS: readonly string[] = ['approve', 'consult'];
/** Bound on the absent steps one 引上げ passes. */
const MAX_PULLED_UP = 20;

const NOT_ACTIONABLE = 'このタスクを処理する権限がありません。';

/**
 * Actions that change the route rather than complete a step in it: 差戻し, 引戻し, 後閲 (pass an absent
 * approver, who reviews afterwards) and 引上げ (a higher approver acts past absent lower ones).
 */
@Injectable()
export class RouteActions {
  constructor(
    private readonly transactions: Transactions,
    private readonly runner: WorkflowRunner,
    private readonly store: InstanceStore,
    private readonly progress: InstanceProgress,
    private readonly completion: TaskCompletion,
    private readonly actors: TaskActors,
    private readonly definitions: DefinitionStoreService,
    private readonly organisation: OrganisationService,
    private readonly events: WorkflowEvents,
    private readonly audit: TaskAudit,
    private readonly clock: Clock,
  ) {}

  /**
   * 差戻し: sends the case back to the drafter (the first user task of the instance) or to an earlier step
   * that completed in this instance; the route resumes from there, to the same assignee as before, and the
   * steps after it run again. 400 for a step the definition does not have, 409 for one not reached.
   * Returns the id of the task acted on.
   */
  async sendBack(id: number, principal: Principal, comment: string | null, targetElementId: string | null) {
    await this.inTransaction(async (em) => {
      const { task, instance } = await this.store.lockTask(em, id);
      const capacity = await this.actors.capacityOf(em, task, principal);
      if (capacity === null) throw new AccessDeniedError(NOT_ACTIONABLE);
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
      const result = await this.rewind(instance, target, completed);
      if (!result) throw new ConflictError(`差戻し先「${stepName}」はこの案件でまだ完了していません。`);
      await this.progress.closeTask(em, instance, task, 'sentBack', principal.userId, comment);
      await this.store.cancelOpenTasks(em, instance.id);
      await this.store.history(em, instance.id, {
        actorUserId: principal.userId,
        actorName: principal.displayName,
        taskId: task.id,
        capacity,
        action: 'sentBack',
        comment,
        targetElementId: target,
      });
      await this.restart(em, instance, result, previous);
      await this.audit.record('sentBack', task, instance, capacity, { targetElementId: target, comment });
    });
    return id;
  }

  /**
   * 引戻し: the actor of the previous completed step takes it back while the next step is open and nobody
   * has acted on it; the step is re-opened for the same person. `id` is either the step they completed or
   * the open step that followed it. 409 once the next step has been acted on. Returns the re-opened task id.
   */
  async recall(id: number, principal: Principal, comment: string | null): Promise<number> {
    let recalledId = id;
    await this.inTransaction(async (em) => {
      const { task, instance } = await this.store.lockTask(em, id);
      const completed = await this.completedTasks(em, instance.id);
      const recalled = task.status === 'open' ? completed.at(-1) : task;
      if (!recalled) throw new ConflictError('引き戻せる手順がありません。');
      if (recalled.completedByUserId !== principal.userId) {
        throw new AccessDeniedError('引戻しできるのは直前の手順を処理した本人だけです。');
      }
      recalledId = recalled.id;
      const lastActed = await this.lastActed(em, instance.id);
      if (instance.status !== 'running' || recalled.outcome !== 'approved' || lastActed?.id !== recalled.id) {
        throw new ConflictError('次の手順がすでに処理されたため、引き戻せません。');
      }
      const open = await em.count(WorkflowTask, { where: { instanceId: instance.id, status: 'open' } });
      if (open === 0) throw new ConflictError('次の手順がすでに処理されたため、引き戻せません。');
      const result = await this.rewind(instance, recalled.elementId, completed);
      if (!result) throw new ConflictError('この手順は引き戻せません。');
      await this.store.cancelOpenTasks(em, instance.id);
      await this.store.history(em, instance.id, {
        actorUserId: principal.userId,
        actorName: principal.displayName,
        taskId: recalled.id,
        action: 'recalled',
        comment,
        targetElementId: recalled.elementId,
      });
      const reopened = await this.restart(em, instance, result, recalled);
      recalledId = reopened.find((t) => t.elementId === recalled.elementId)?.id ?? recalled.id;
      await this.audit.record('recalled', recalled, instance, 'self', { reopenedTaskId: recalledId, comment });
    });
    return recalledId;
  }

  /**
   * 後閲: the drafter (or anyone who already acted on the case) passes the step of an absent approver; the
   * route goes on and the approver receives a review item to read it afterwards.
   */
  async passForPostReview(id: number, principal: Principal, comment: string | null): Promise<number> {
    await this.inTransaction(async (em) => {
      const { task, instance } = await this.store.lockTask(em, id);
      this.assertRunning(task, instance);
      if (!(await this.mayPassForPostReview(em, task, instance, principal))) {
        throw new AccessDeniedError('後閲として先に進められるのは、起案者またはこの案件をすでに処理した人です。');
      }
      await this.assertPassable(em, task, '後閲');
      await this.completion.complete(em, task, instance, principal, comment, 'passedForPostReview', 'self');
      const review = em.create(WorkflowTask, {
        ...withoutId(task),
        executionId: `${task.executionId}#review`,
        name: `${task.name ?? task.elementId}（後閲）`,
        stepKind: 'review',
        status: 'open',
        reviewOfTaskId: task.id,
        escalatedToUserId: null,
        remindedAt: null,
        dueAt: null,
        createdAt: this.clock.now(),
        completedAt: null,
        completedByUserId: null,
        outcome: null,
        comment: null,
      });
      await em.insert(WorkflowTask, review);
      await this.events.emit(em, { type: 'task.created', instance, task: review });
    });
    return id;
  }

  /**
   * 引上げ: a higher approver on the route acts past the absent approvers below them: each absent step is
   * passed (recorded as 引上げ) until the route reaches the principal's own step, which is approved with the
   * comment. Nothing changes when the route does not reach them through absent approvers only.
   */
  async pullUp(id: number, principal: Principal, comment: string | null): Promise<number> {
    let ownTaskId = id;
    await this.inTransaction(async (em) => {
      const { task, instance } = await this.store.lockTask(em, id);
      this.assertRunning(task, instance);
      if (!(await this.isSuperiorOfAssignee(em, task, principal))) {
        throw new AccessDeniedError('引上げできるのは、不在の担当者より上位の決裁ルート上の職員だけです。');
      }
      const actor = await this.actors.actorOf(principal);
      let current = task;
      for (let passed = 0; passed < MAX_PULLED_UP; passed++) {
        await this.assertPassable(em, current, '引上げ');
        const created = await this.completion.complete(em, current, instance, principal, comment, 'pulledUp', 'pullUp');
        const blocking = created.filter((t) => !NON_BLOCKING_STEP_KINDS.includes(t.stepKind));
        for (const next of blocking) {
          const capacity = await this.actors.capacityOf(em, next, principal, actor);
          if (capacity === 'self') {
            await this.completion.complete(em, next, instance, principal, comment, 'approved', 'self');
            ownTaskId = next.id;
            return;
          }
        }
        if (instance.status !== 'running' || blocking.length !== 1) break;
        current = blocking[0];
      }
      throw new ConflictError(
        '決裁ルート上で、不在の担当者の手順だけを経てあなたの手順に届かないため、引上げできません。',
      );
    });
    return ownTaskId;
  }

  /** 後閲 and 引上げ, when the principal may take them on this open step of an absent approver. */
  async absenceActions(
    em: EntityManager,
    task: WorkflowTask,
    instance: WorkflowInstance,
    principal: Principal,
  ): Promise<Array<'post-review' | 'pull-up'>> {
    if (!PASSABLE_STEP_KINDS.includes(task.stepKind)) return [];
    const staffId = await this.assigneeStaffOf(em, task);
    if (staffId === null || !(await this.organisation.isAbsent(staffId, this.clock.now()))) return [];
    const actions: Array<'post-review' | 'pull-up'> = [];
    if (await this.mayPassForPostReview(em, task, instance, principal)) actions.push('post-review');
    if (await this.isSuperiorOfAssignee(em, task, principal)) actions.push('pull-up');
    return actions;
  }

  private async inTransaction(work: (em: EntityManager) => Promise<void>): Promise<void> {
    try {
      await this.transactions.run(work);
    } catch (error) {
      throw conflictFrom(error);
    }
  }

  private assertRunning(task: WorkflowTask, instance: WorkflowInstance): void {
    if (task.status !== 'open' || instance.status !== 'running') {
      throw new ConflictError('このタスクはすでに処理されています。');
    }
  }

  /** An approve or consult step whose assignee is absent now. */
  private async assertPassable(em: EntityManager, task: WorkflowTask, what: string): Promise<void> {
    if (!PASSABLE_STEP_KINDS.includes(task.stepKind)) {
      throw new UnprocessableError(
        `「${task.name ?? task.elementId}」は決裁の手順のため${what}できません（不在時は代決）。`,
      );
    }
    const staffId = await this.assigneeStaffOf(em, task);
    if (staffId === null || !(await this.organisation.isAbsent(staffId, this.clock.now()))) {
      throw new ConflictError(
        `「${task.name ?? task.elementId}」の担当者（${task.assigneeLabel}）は不在ではないため、${what}できません。`,
      );
    }
  }

  private async mayPassForPostReview(
    em: EntityManager,
    task: WorkflowTask,
    instance: WorkflowInstance,
    principal: Principal,
  ): Promise<boolean> {
    if (task.assigneeUserId === principal.userId) return false;
    if (instance.initiatorUserId === principal.userId) return true;
    const acted = await em.count(WorkflowTask, {
      where: { instanceId: instance.id, completedByUserId: principal.userId, outcome: 'approved' },
    });
    return acted > 0;
  }

  private async isSuperiorOfAssignee(em: EntityManager, task: WorkflowTask, principal: Principal): Promise<boolean> {
    if (principal.staffId === null || task.assigneeUserId === principal.userId) return false;
    const staffId = await this.assigneeStaffOf(em, task);
    if (staffId === null) return false;
    const superiors = await this.organisation.superiorsOf(staffId, jstDateOf(this.clock.now()));
    return superiors.some((s) => s.staffId === principal.staffId);
  }

  private async assigneeStaffOf(em: EntityManager, task: WorkflowTask): Promise<number | null> {
    if (task.assigneeUserId === null) return null;
    const user = await em.findOne(UserAccount, {
      select: { id: true, staffId: true },
      where: { id: task.assigneeUserId },
    });
    return user?.staffId ?? null;
  }

  /** Approved tasks of the instance, in the order they were completed. */
  private completedTasks(em: EntityManager, instanceId: number): Promise<WorkflowTask[]> {
    return em.find(WorkflowTask, {
      where: { instanceId, status: 'completed', outcome: 'approved' },
      order: { completedAt: 'ASC', id: 'ASC' },
    });
  }

  private lastActed(em: EntityManager, instanceId: number): Promise<WorkflowTask | null> {
    return em.findOne(WorkflowTask, {
      where: { instanceId, status: 'completed' },
      order: { completedAt: 'DESC', id: 'DESC' },
    });
  }

  private rewind(instance: WorkflowInstance, target: string, completed: WorkflowTask[]): Promise<RunResult | null> {
    return rewindTo(
      this.runner,
      String(instance.definitionId),
      JSON.parse(instance.variables) as Record<string, unknown>,
      target,
      new Set(completed.map((t) => t.elementId)),
    );
  }

  /** Task rows for the waits after a rewind; the target step goes to the assignee it had before. */
  private async restart(
    em: EntityManager,
    instance: WorkflowInstance,
    result: RunResult,
    previous: WorkflowTask,
  ): Promise<WorkflowTask[]> {
    const created = await this.progress.apply(em, instance, result);
    const same = {
      assigneeUserId: previous.assigneeUserId,
      assigneeUnitId: previous.assigneeUnitId,
      assigneePositionCode: previous.assigneePositionCode,
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
}

function withoutId(task: WorkflowTask): Omit<WorkflowTask, 'id'> {
  const { id: _id, ...rest } = task;
  return rest;
}
