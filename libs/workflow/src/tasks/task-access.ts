import type { RoleGrant } from '@ringi/auth';

/** The parts of a task that decide who may act on it. */
export interface TaskAssignment {
  assigneeUserId: number | null;
  candidateRole: string | null;
  candidateScopeUnitId: number | null;
}

/**
 * Whether a user may act on a task: it is assigned to them, or it is a group task for a role they hold with a
 * scope covering the task's unit (`scopePath`: the task's scope unit and its ancestors, nearest first).
 */
export function mayActOn(
  task: TaskAssignment,
  userId: number,
  grants: readonly RoleGrant[],
  scopePath: readonly number[],
): boolean {
  if (task.assigneeUserId !== null) return task.assigneeUserId === userId;
  if (task.candidateRole === null) return false;
  return grants.some(
    (g) =>
      g.role === task.candidateRole &&
      (g.scopeUnitId === null || task.candidateScopeUnitId === null || scopePath.includes(g.scopeUnitId)),
  );
}
