import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@ringi/auth';
import { OrgUnit, OrganisationService, ancestorPath, jstDateOf } from '@ringi/hr';
import { Clock } from '@ringi/platform';
import { DeputyAccess } from './deputy-access';
import type { WorkflowTask } from './entities/workflow-task.entity';
import type { RoleScope } from './inbox-query';
import { assignmentMatch, type Actor } from './task-access';

/**
 * In what capacity a user acts on a task: as its assignee (account, post or role), as the superior an
 * overdue task was escalated to, or as the deputy of its absent assignee (代決).
 */
export type TaskCapacity = 'self' | 'escalation' | 'deputyDecision';

/** Who the principal is for task access: their account, role grants and the posts they hold today. */
@Injectable()
export class TaskActors {
  constructor(
    private readonly organisation: OrganisationService,
    private readonly deputies: DeputyAccess,
    private readonly clock: Clock,
  ) {}

  async actorOf(principal: Principal): Promise<Actor> {
    const posts =
      principal.staffId === null
        ? []
        : await this.organisation.postsHeldBy(principal.staffId, jstDateOf(this.clock.now()));
    return {
      userId: principal.userId,
      grants: principal.roles,
      posts: posts.map((p) => ({ unitId: p.unitId, positionCode: p.positionCode })),
    };
  }

  /** The principal's role grants with the units each scope covers (a unit and everything below it). */
  async roleScopesOf(principal: Principal): Promise<RoleScope[]> {
    const scopes: RoleScope[] = [];
    for (const grant of principal.roles) {
      const unitIds =
        grant.scopeUnitId === null
          ? null
          : (await this.organisation.unitSubtree(grant.scopeUnitId).catch(() => [])).map((u) => u.id);
      scopes.push({ role: grant.role, unitIds });
    }
    return scopes;
  }

  /** The capacity the principal would act on the task in, or null when they may not act on it. */
  async capacityOf(
    em: EntityManager,
    task: WorkflowTask,
    principal: Principal,
    actor?: Actor,
  ): Promise<TaskCapacity | null> {
    const units = task.candidateRole !== null ? await em.find(OrgUnit) : [];
    // Posts are only read for tasks that are for a post.
    const who = actor ?? (task.assigneeUnitId !== null ? await this.actorOf(principal) : withoutPosts(principal));
    const match = assignmentMatch(task, who, scopePath(units, task));
    if (match) return match;
    if (task.status === 'open' && (await this.deputies.isDeputyFor(em, task, principal))) return 'deputyDecision';
    return null;
  }
}

function withoutPosts(principal: Principal): Actor {
  return { userId: principal.userId, grants: principal.roles, posts: [] };
}

/** The task's scope unit and its ancestors, nearest first, for role scopes. */
export function scopePath(units: OrgUnit[], task: WorkflowTask): number[] {
  return task.candidateScopeUnitId === null || units.length === 0 ? [] : ancestorPath(units, task.candidateScopeUnitId);
}
