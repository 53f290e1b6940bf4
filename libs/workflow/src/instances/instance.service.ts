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
} from '@ringi/platform';
import { DefinitionStoreService } from '../definition-store/definition-store.service';
import { ProcessRunError } from '../engine/errors';
import { WorkflowTask } from '../tasks/entities/workflow-task.entity';
import type { Initiator } from './assignee-resolver';
import { WorkflowHistory } from './entities/workflow-history.entity';
import { WorkflowInstance } from './entities/workflow-instance.entity';
import { toInstanceView, type InstanceView } from './instance-views';
import { WorkflowEvents } from '../events/workflow-events';
import { InstanceProgress } from './instance-progress';
import { CONCURRENT_CHANGE_MESSAGE, InstanceStore, isWriteConflict } from './instance-store';
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
  ) {}

  /**
   * Starts the active version of a process for the principal: runs it to its first waits and creates a task
   * for each user task, its assignee resolved now. An assignee nobody can be found for answers 422 and
   * writes nothing.
   */
  async start(input: StartInstanceInput, principal: Principal): Promise<InstanceView> {
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
      const result = await this.runner.start(String(definition.id), variables);
      if (result.outcome?.status === 'failed') {
        throw new UnprocessableError(
          `ワークフローを開始できませんでした（${result.outcome.elementId ?? 'プロセス'}: ${result.outcome.message}）。`,
        );
      }
      const instance = em.create(WorkflowInstance, {
        definitionId: definition.id,
        processKey: definition.processKey,
        businessKey: input.businessKey,
        businessType: input.businessType ?? null,
        status: 'running',
        initiatorUserId: principal.userId,
        initiatorStaffId: principal.staffId,
        initiatorUnitId: initiator.unitId,
        variables: JSON.stringify(result.variables),
        engineState: result.state,
        startedAt: now,
        endedAt: null,
        lockVersion: 0,
      });
      await em.insert(WorkflowInstance, instance);
      const started = await this.store.history(em, instance.id, {
        actorUserId: principal.userId,
        actorName: principal.displayName,
        action: 'started',
      });
      await this.events.emit(em, { type: 'instance.started', instance });
      const created = await this.progress.apply(em, instance, result, { initiator, newInstance: true });
      // A new running instance's open tasks are the ones just created and its history the start line, so
      // they are not read back; one that ended at once has more history and is read.
      const view =
        instance.status === 'running' ? toInstanceView(instance, created, [started]) : await this.view(em, instance);
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
      return view;
    });
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
        const instance = await this.store.lockInstance(em, id, this.transactions.lock);
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
