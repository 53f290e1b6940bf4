import type { RoleGrant } from '@ringi/auth';

/** The parts of a task that decide who may act on it. */
export interface TaskAssignment {
  assigneeUserId: number | null;
  assigneeUnitId: number | null;
  assigneePositionCode: string | null;
  candidateRole: string | null;
  candidateScopeUnitId: number | null;
  escalatedToUserId: number | null;
}

/** A post someone holds on a day: main post or 兼務. */
export interface HeldPost {
  unitId: number;
  positionCode: string;
}

export interface Actor {
  userId: number;
  grants: readonly RoleGrant[];
  /** Every post the user holds now, 兼務 included. */
  posts: readonly HeldPost[];
}

/** Why a user may act on a task: it is theirs (their account, a post they hold, their role), or escalated to them. */
export type AssignmentMatch = 'self' | 'escalation';

/**
 * How a user may act on a task, or null. A task for a post goes to whoever holds that post now (so a
 * transfer or 兼務 moves it with the post); a personal task to its account; a group task to holders of the
 * role whose scope covers the task's unit (`scopePath`: that unit and its ancestors, nearest first); an
 * overdue task also to the superior it was escalated to.
 */
export function assignmentMatch(
  task: TaskAssignment,
  actor: Actor,
  scopePath: readonly number[],
): AssignmentMatch | null {
  if (isOwnTask(task, actor, scopePath)) return 'self';
  if (task.escalatedToUserId !== null && task.escalatedToUserId === actor.userId) return 'escalation';
  return null;
}

function isOwnTask(task: TaskAssignment, actor: Actor, scopePath: readonly number[]): boolean {
  if (task.assigneeUnitId !== null && task.assigneePositionCode !== null) {
    return actor.posts.some((p) => p.unitId === task.assigneeUnitId && p.positionCode === task.assigneePositionCode);
  }
  if (task.assigneeUserId !== null) return task.assigneeUserId === actor.userId;
  if (task.candidateRole === null) return false;
  return actor.grants.some(
    (g) =>
      g.role === task.candidateRole &&
      (g.scopeUnitId === null || task.candidateScopeUnitId === null || scopePath.includes(g.scopeUnitId)),
  );
}
