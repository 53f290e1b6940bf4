import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource, In } from 'typeorm';
import { Access, CurrentPrincipal, type Principal } from '@ringi/auth';
import { AccessDeniedError, IdPipe, NotFoundError } from '@ringi/platform';
import {
  WorkflowDefinition,
  WorkflowHistory,
  WorkflowInstance,
  WorkflowTask,
  type UserTaskDefinition,
} from '@ringi/workflow';
import { buildRoute } from './case-route';

const MY_REQUESTS_LIMIT = 200;

/**
 * Read-only views the web app needs and the workflow API does not offer yet: the cases I started,
 * and a case's route laid out step by step with each step's stamp.
 */
@ApiTags('web')
@Controller('api/web')
export class CaseViewsController {
  constructor(private readonly db: DataSource) {}

  /** 自分の申請: the cases I started, newest first, with the steps open now. */
  @Get('my-requests')
  @Access('business', 'workflow.use')
  async myRequests(@CurrentPrincipal() me: Principal) {
    const instances = await this.db.getRepository(WorkflowInstance).find({
      where: { initiatorUserId: me.userId },
      order: { id: 'DESC' },
      take: MY_REQUESTS_LIMIT,
    });
    const ids = instances.map((i) => i.id);
    const open =
      ids.length > 0
        ? await this.db.getRepository(WorkflowTask).find({ where: { instanceId: In(ids), status: 'open' } })
        : [];
    return instances.map((i) => ({
      id: i.id,
      processKey: i.processKey,
      businessKey: i.businessKey,
      title: titleOf(i.variables),
      status: i.status,
      startedAt: i.startedAt,
      endedAt: i.endedAt,
      openSteps: open
        .filter((t) => t.instanceId === i.id)
        .map((t) => ({ taskId: t.id, name: t.name, assigneeLabel: t.assigneeLabel, dueAt: t.dueAt })),
    }));
  }

  /** A case with its route (one entry per user task of its version) and its history. */
  @Get('cases/:id')
  @Access('business', 'workflow.use')
  async caseRoute(@Param('id', IdPipe) id: number, @CurrentPrincipal() me: Principal) {
    const instance = await this.db.getRepository(WorkflowInstance).findOne({ where: { id } });
    if (!instance) throw new NotFoundError(`案件（ID ${id}）が見つかりません。`);
    const tasks = await this.db.getRepository(WorkflowTask).find({ where: { instanceId: id }, order: { id: 'ASC' } });
    if (!mayView(me, instance, tasks)) throw new AccessDeniedError('この案件を閲覧する権限がありません。');
    const history = await this.db
      .getRepository(WorkflowHistory)
      .find({ where: { instanceId: id }, order: { id: 'ASC' } });
    const definition = await this.db.getRepository(WorkflowDefinition).findOne({
      where: { id: instance.definitionId },
      select: { id: true, name: true, version: true, userTasks: true },
    });
    const userTasks = JSON.parse(definition?.userTasks ?? '[]') as UserTaskDefinition[];
    const route = buildRoute(userTasks, tasks, history);
    return {
      id: instance.id,
      processKey: instance.processKey,
      processName: definition?.name ?? null,
      version: definition?.version ?? null,
      businessKey: instance.businessKey,
      businessType: instance.businessType,
      status: instance.status,
      initiatorUserId: instance.initiatorUserId,
      startedAt: instance.startedAt,
      endedAt: instance.endedAt,
      variables: JSON.parse(instance.variables) as Record<string, unknown>,
      openTaskIds: tasks.filter((t) => t.status === 'open').map((t) => t.id),
      ...route,
    };
  }
}

function titleOf(variables: string): string | null {
  const parsed = JSON.parse(variables) as Record<string, unknown>;
  return typeof parsed.title === 'string' ? parsed.title : null;
}

/** The drafter, anyone a task of the case was for or done by, and workflow admins. */
function mayView(me: Principal, instance: WorkflowInstance, tasks: WorkflowTask[]): boolean {
  if (instance.initiatorUserId === me.userId || me.permissions.has('workflow.admin')) return true;
  const myRoles = new Set(me.roles.map((r) => r.role as string));
  return tasks.some(
    (t) =>
      t.assigneeUserId === me.userId ||
      t.completedByUserId === me.userId ||
      (t.candidateRole !== null && myRoles.has(t.candidateRole)),
  );
}
