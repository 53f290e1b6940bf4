import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail, type Principal } from '@ringi/auth';
import { OrganisationService, jstDateOf } from '@ringi/hr';
import {
  AccessDeniedError,
  Clock,
  ConflictError,
  NotFoundError,
  Transactions,
  UnprocessableError,
  insertRows,
} from '@ringi/platform';
import { DefinitionStoreService } from '../definition-store/definition-store.service';
import { ProcessRunError } from '../engine/errors';
import type { RunResult } from '../engine/process-runner';
import type { TaskWait } from '../engine/waits';
import { TaskAudit } from '../tasks/task-audit';
import { WorkflowTask } from '../tasks/entities/workflow-task.entity';
import type { Initiator, ResolvedAssignee } from './assignee-resolver';
import { WorkflowHistory } from './entities/workflow-history.entity';
import { WorkflowInstance } from './entities/workflow-instance.entity';
import { toInstanceView, toTaskView, type InstanceView, type TaskView } from './instance-views';
import { WorkflowEvents } from '../events/workflow-events';
import { InstanceProgress } from './instance-progress';
import { CONCURRENT_CHANGE_MESSAGE, InstanceStore, NON_BLOCKING_STEP_KINDS, isWriteConflict } from './instance-store';
import { WorkflowRunner } from './workflow-runner';

export interface StartInstanceInput {
  definitionKey: string;
  businessKey: string;
  businessType?: string | null;
  variables?: Record<string, unknown>;
  /**
   * The unit the case belongs to, when it is not the initiator's: an applicant's online application is the
   * road section's case, so post(…) and decider(…) resolve from that section. Modules set it; the HTTP API
   * does not.
   */
  homeUnitId?: number;
}

/** A started case, and the initiator's own first step when it was passed at once. */
export interface StartedInstance {
  view: InstanceView;
  passed: TaskView | null;
}

export const instanceNotFound = (id: number) => new NotFoundError(`ワークフロー案件（ID ${id}）が見つかりません。`);

/** Starting, reading and withdrawing process instances. */
@Injectable()
export class InstanceService {
  constructor(
    private readonly transactions: Transactions,
    private readonly definitions: DefinitionStoreService,
    private readonly runner: WorkflowRunner,
    private readonly store: InstanceStore,
    private readonly organisation: OrganisationService,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly progress: InstanceProgress,
    private readonly events: WorkflowEvents,
    private readonly taskAudit: TaskAudit,
  ) {}

  /**
   * Starts the active version of a process for the principal: runs it to its first waits and creates a task
   * for each user task, its assignee resolved now. An assignee nobody can be found for answers 422 and
   * writes nothing.
   */
  async start(input: StartInstanceInput, principal: Principal): Promise<InstanceView> {
    return (await this.begin(input, principal, false)).view;
  }

  /**
   * Starts the case and passes the initiator's own first step (起案) in the same engine run: a module's form is
   * the draft. The step stays in the route, approved by the initiator, so 差戻し returns the case to them; it
   * gets the history line, events and audit row an approve writes, and never a reminder. `passed` is null when
   * no first step is the initiator's.
   */
  startPassingOwnStep(input: StartInstanceInput, principal: Principal): Promise<StartedInstance> {
    return this.begin(input, principal, true);
  }

  private async begin(input: StartInstanceInput, principal: Principal, passOwnStep: boolean): Promise<StartedInstance> {
    const definition = await this.definitions.activeDefinition(input.definitionKey);
    const variables = input.variables ?? {};
    return this.transactions.run(async (em) => {
      const now = this.clock.now();
      const posts = principal.staffId ? await this.organisation.postsHeldBy(principal.staffId, jstDateOf(now)) : [];
      const main = posts.find((p) => !p.concurrent) ?? null;
      const initiator: Initiator = {
        userId: principal.userId,
        displayName: principal.displayName,
        staffId: principal.staffId,
        unitId: input.homeUnitId ?? main?.unitId ?? null,
      };
      const first = startedRun(await this.runner.start(String(definition.id), variables));
      const instance = em.create(WorkflowInstance, {
        definitionId: definition.id,
        processKey: definition.processKey,
        businessKey: input.businessKey,
        businessType: input.businessType ?? null,
        status: 'running',
        initiatorUserId: principal.userId,
        initiatorStaffId: principal.staffId,
        initiatorUnitId: initiator.unitId,
        variables: JSON.stringify(first.variables),
        engineState: first.state,
        startedAt: now,
        endedAt: null,
        lockVersion: 0,
      });
      const own = passOwnStep ? await this.ownWait(em, instance, first, initiator) : null;
      const result = own ? startedRun(await this.runner.signal(first.state, own.wait.executionId, {})) : first;
      if (own) {
        instance.variables = JSON.stringify(result.variables);
        instance.engineState = result.state;
      }
      await insertRows(em, WorkflowInstance, [instance]);
      const passed = own
        ? await this.store.createTask(
            em,
            instance,
            own.wait,
            initiator,
            {
              status: 'completed',
              outcome: 'approved',
              completedAt: now,
              completedByUserId: principal.userId,
              dueAt: null,
            },
            own.assignee,
          )
        : null;
      const actor = { actorUserId: principal.userId, actorName: principal.displayName };
      // The start's line and the passed step's line, in that order, with one INSERT.
      const history = await this.store.historyLines(em, instance.id, [
        { ...actor, action: 'started' },
        ...(passed ? [{ ...actor, taskId: passed.id, capacity: 'self', action: 'approved' } as const] : []),
      ]);
      await this.events.emit(em, { type: 'instance.started', instance });
      if (passed) {
        await this.events.emit(em, { type: 'task.created', instance, task: passed });
        await this.events.emit(em, { type: 'task.completed', instance, task: passed, outcome: 'approved' });
      }
      const created = await this.progress.apply(em, instance, result, { initiator, newInstance: true });
      // A new running instance's open tasks are the ones just created and its history the lines written here, so
      // they are not read back; one that ended at once has more history and is read.
      const view =
        instance.status === 'running' ? toInstanceView(instance, created, history) : await this.view(em, instance);
      await this.audit.record({
        action: 'workflow.instance.started',
        targetType: 'workflow-instance',
        targetId: instance.id,
        capacity: 'self',
        detail: {
          processKey: instance.processKey,
          definitionId: instance.definitionId,
          businessKey: instance.businessKey,
          businessType: instance.businessType,
          tasks: view.openTasks.map((t) => ({ id: t.id, elementId: t.elementId, assigneeLabel: t.assigneeLabel })),
        },
      });
      if (passed) {
        await this.taskAudit.record('approved', passed, instance, 'self', {
          instanceStatus: instance.status,
          comment: null,
        });
      }
      return { view, passed: passed && toTaskView(passed) };
    });
  }

  /** The first user-task wait that goes to the initiator's own account (the 起案 step), with its assignee. */
  private async ownWait(
    em: EntityManager,
    instance: WorkflowInstance,
    run: RunResult,
    initiator: Initiator,
  ): Promise<{ wait: TaskWait; assignee: ResolvedAssignee } | null> {
    for (const wait of run.waits) {
      if (wait.kind !== 'userTask' || NON_BLOCKING_STEP_KINDS.includes(wait.ringi?.stepKind ?? 'approve')) continue;
      const assignee = await this.store.resolveAssignee(em, instance, wait, initiator);
      if (assignee.assigneeUserId === initiator.userId) return { wait, assignee };
    }
    return null;
  }

  /** Status, open tasks and full history; for the initiator, anyone a task went to, and workflow admins. */
  get(id: number, principal: Principal): Promise<InstanceView> {
    return this.transactions.read(async (em) => {
      const instance = await em.findOne(WorkflowInstance, { where: { id } });
      if (!instance) throw instanceNotFound(id);
      if (!(await this.mayView(em, instance, principal))) {
        throw new AccessDeniedError('この案件を閲覧する権限がありません。');
      }
      return this.view(em, instance);
    });
  }

  /** 取下げ: the initiator abandons a running instance; its open tasks are cancelled. */
  async withdraw(id: number, principal: Principal, comment: string | null): Promise<InstanceView> {
    try {
      return await this.transactions.run(async (em) => {
        const instance = await this.store.lockInstance(em, id);
        if (!instance) throw instanceNotFound(id);
        if (instance.initiatorUserId !== principal.userId) {
          throw new AccessDeniedError('取下げできるのは起案者だけです。');
        }
        if (instance.status !== 'running') throw new ConflictError('この案件はすでに終了しています。');
        const result = await this.runner.cancel(instance.engineState);
        await this.store.history(em, instance.id, {
          actorUserId: principal.userId,
          actorName: principal.displayName,
          action: 'withdrawn',
          comment,
        });
        await this.progress.apply(em, instance, result, { status: 'withdrawn' });
        const view = await this.view(em, instance);
        await this.audit.record({
          action: 'workflow.instance.withdrawn',
          targetType: 'workflow-instance',
          targetId: instance.id,
          capacity: 'self',
          detail: { processKey: instance.processKey, businessKey: instance.businessKey, comment },
        });
        return view;
      });
    } catch (error) {
      throw conflictFrom(error);
    }
  }

  async view(em: EntityManager, instance: WorkflowInstance): Promise<InstanceView> {
    const [tasks, history] = await Promise.all([
      em.find(WorkflowTask, { where: { instanceId: instance.id, status: 'open' }, order: { id: 'ASC' } }),
      em.find(WorkflowHistory, { where: { instanceId: instance.id }, order: { id: 'ASC' } }),
    ]);
    return toInstanceView(instance, tasks, history);
  }

  private async mayView(em: EntityManager, instance: WorkflowInstance, principal: Principal): Promise<boolean> {
    if (instance.initiatorUserId === principal.userId || principal.permissions.has('workflow.admin')) return true;
    const mine = await em.count(WorkflowTask, { where: { instanceId: instance.id, assigneeUserId: principal.userId } });
    if (mine > 0) return true;
    const roles = new Set(principal.roles.map((r) => r.role as string));
    const roleTasks = await em.find(WorkflowTask, {
      select: { id: true, candidateRole: true },
      where: { instanceId: instance.id },
    });
    return roleTasks.some((t) => t.candidateRole !== null && roles.has(t.candidateRole));
  }
}

/** Lost races (a deadlock, a busy SQLite file, a task the runner no longer waits on) answer 409. */
export function conflictFrom(error: unknown): unknown {
  if (isWriteConflict(error) || error instanceof ProcessRunError) return new ConflictError(CONCURRENT_CHANGE_MESSAGE);
  return error;
}

/** A run that failed while starting (an expression, an assignee rule) refuses the start with the engine's reason. */
function startedRun(result: RunResult): RunResult {
  if (result.outcome?.status !== 'failed') return result;
  throw new UnprocessableError(
    `ワークフローを開始できませんでした（${result.outcome.elementId ?? 'プロセス'}: ${result.outcome.message}）。`,
  );
}
