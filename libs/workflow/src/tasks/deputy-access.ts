import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { UserAccount, type Principal } from '@ringi/auth';
import { OrganisationService, jstDateOf } from '@ringi/hr';
import { Clock } from '@ringi/platform';
import { WorkflowTask } from './entities/workflow-task.entity';

/** Step kinds a deputy may decide in place of an absent assignee (代決). */
export const DEPUTY_STEP_KINDS: readonly string[] = ['approve', 'decide'];

/**
 * 代決: a decide or approve task whose assignee holds a post and is absent now may be acted on by the
 * designated deputy of that post (OrganisationService.deputyOf: by priority, the first present holder of a
 * deputy post).
 */
@Injectable()
export class DeputyAccess {
  constructor(
    private readonly organisation: OrganisationService,
    private readonly clock: Clock,
  ) {}

  /** Whether the principal is, now, the deputy who may decide this task in place of its absent assignee. */
  async isDeputyFor(em: EntityManager, task: WorkflowTask, principal: Principal): Promise<boolean> {
    if (principal.staffId === null || task.assigneeUserId === null || task.assigneeUserId === principal.userId) {
      return false;
    }
    if (!DEPUTY_STEP_KINDS.includes(task.stepKind)) return false;
    const assignee = await em.findOne(UserAccount, {
      select: { id: true, staffId: true },
      where: { id: task.assigneeUserId },
    });
    if (!assignee || assignee.staffId === null) return false;
    const now = this.clock.now();
    if (!(await this.organisation.isAbsent(assignee.staffId, now))) return false;
    for (const post of await this.organisation.postsOf(assignee.staffId, jstDateOf(now))) {
      const deputy = await this.organisation.deputyOf(post.unitId, post.positionCode, now);
      if (deputy?.deputy.staffId === principal.staffId) return true;
    }
    return false;
  }

  /** Open tasks the principal may decide now as the deputy of an absent assignee. */
  async deputyTasks(em: EntityManager, principal: Principal): Promise<WorkflowTask[]> {
    if (principal.staffId === null) return [];
    const now = this.clock.now();
    const date = jstDateOf(now);
    const mine = await this.organisation.postsHeldBy(principal.staffId, date);
    const deputised = await this.organisation.postsDeputisedBy(mine, date);
    if (deputised.length === 0) return [];
    const holders = new Set<number>();
    for (const post of deputised) {
      for (const h of await this.organisation.holdersOf(post.unitId, post.positionCode, date)) holders.add(h.staffId);
    }
    holders.delete(principal.staffId);
    if (holders.size === 0) return [];
    const absent = await this.organisation.absentAmong(holders, now);
    if (absent.size === 0) return [];
    const accounts = await em.find(UserAccount, { select: { id: true }, where: { staffId: In([...absent]) } });
    if (accounts.length === 0) return [];
    const candidates = await em.find(WorkflowTask, {
      where: {
        assigneeUserId: In(accounts.map((a) => a.id)),
        status: 'open',
        stepKind: In([...DEPUTY_STEP_KINDS]),
      },
    });
    const found: WorkflowTask[] = [];
    for (const task of candidates) if (await this.isDeputyFor(em, task, principal)) found.push(task);
    return found;
  }
}
