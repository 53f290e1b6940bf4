import type { HistoryView, TaskView, UserTaskDefinition } from '@ringi/workflow';

/** One step of a case's route as the route-and-stamps view draws it. */
export interface RouteStep {
  elementId: string;
  name: string | null;
  stepKind: string;
  /** done: its latest task was approved; current: a task is open; pending: not reached yet. */
  state: 'done' | 'current' | 'pending' | 'ended';
  assigneeLabel: string | null;
  dueAt: Date | null;
  /** The stamp of whoever completed the step last: name, when, in what capacity (self, deputyDecision …). */
  stamp: { actorName: string | null; at: Date; capacity: string; action: string } | null;
}

/** A history line with the step it concerns, when it concerns one. */
export interface RouteHistoryLine extends HistoryView {
  elementId: string | null;
  stepName: string | null;
}

type RouteTask = Pick<TaskView, 'id' | 'elementId' | 'name' | 'status' | 'assigneeLabel' | 'dueAt' | 'outcome'>;

const STAMPING_ACTIONS = new Set(['approved', 'rejected']);

/**
 * Lays a case's tasks and history over the definition's user tasks, in document order: the stamp
 * of a step is the latest approve/reject line on its latest task, so a step approved again after a
 * 差戻し shows the newer stamp.
 */
export function buildRoute(
  userTasks: readonly UserTaskDefinition[],
  tasks: readonly RouteTask[],
  history: readonly HistoryView[],
): { steps: RouteStep[]; history: RouteHistoryLine[] } {
  const taskById = new Map(tasks.map((t) => [t.id, t]));
  const steps = userTasks.map((def): RouteStep => {
    const mine = tasks.filter((t) => t.elementId === def.elementId).sort((a, b) => b.id - a.id);
    const latest = mine[0];
    const line = latest
      ? [...history].reverse().find((h) => h.taskId === latest.id && STAMPING_ACTIONS.has(h.action))
      : undefined;
    let state: RouteStep['state'] = 'pending';
    if (latest?.status === 'open') state = 'current';
    else if (latest?.outcome === 'approved' || line?.action === 'approved') state = 'done';
    else if (latest) state = 'ended';
    return {
      elementId: def.elementId,
      name: def.name,
      stepKind: def.stepKind,
      state,
      assigneeLabel: latest?.assigneeLabel ?? null,
      dueAt: latest?.status === 'open' ? latest.dueAt : null,
      stamp: line ? { actorName: line.actorName, at: line.at, capacity: line.capacity, action: line.action } : null,
    };
  });
  return {
    steps,
    history: history.map((h) => {
      const task = h.taskId !== null ? taskById.get(h.taskId) : undefined;
      return { ...h, elementId: task?.elementId ?? null, stepName: task?.name ?? null };
    }),
  };
}
