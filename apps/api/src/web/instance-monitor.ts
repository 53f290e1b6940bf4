import type { WorkflowInstance, WorkflowTask } from '@ringi/workflow';

/** A step open longer than this without a due date counts as stuck (滞留). */
export const STUCK_AFTER_DAYS = 5;
const DAY_MS = 24 * 3600_000;

export interface MonitoredStep {
  taskId: number;
  name: string | null;
  assigneeLabel: string;
  createdAt: Date;
  dueAt: Date | null;
  overdue: boolean;
  stuck: boolean;
}

export interface MonitoredInstance {
  id: number;
  processKey: string;
  businessKey: string;
  status: string;
  startedAt: Date;
  openSteps: MonitoredStep[];
  overdue: boolean;
  stuck: boolean;
}

/**
 * Where every instance stands: its open steps, which are past their due time, and which have sat
 * without a due date for more than STUCK_AFTER_DAYS. A failed instance is stuck by definition.
 */
export function monitorInstances(
  instances: readonly WorkflowInstance[],
  openTasks: readonly WorkflowTask[],
  now: Date,
): MonitoredInstance[] {
  return instances.map((i) => {
    const openSteps = openTasks
      .filter((t) => t.instanceId === i.id)
      .map((t) => {
        const overdue = t.dueAt !== null && t.dueAt.getTime() < now.getTime();
        const stuck = t.dueAt === null && now.getTime() - t.createdAt.getTime() > STUCK_AFTER_DAYS * DAY_MS;
        return {
          taskId: t.id,
          name: t.name,
          assigneeLabel: t.assigneeLabel,
          createdAt: t.createdAt,
          dueAt: t.dueAt,
          overdue,
          stuck,
        };
      });
    return {
      id: i.id,
      processKey: i.processKey,
      businessKey: i.businessKey,
      status: i.status,
      startedAt: i.startedAt,
      openSteps,
      overdue: openSteps.some((s) => s.overdue),
      stuck: i.status === 'failed' || openSteps.some((s) => s.stuck),
    };
  });
}
