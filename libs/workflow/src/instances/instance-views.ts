import type { WorkflowTask } from '../tasks/entities/workflow-task.entity';
import type { WorkflowHistory } from './entities/workflow-history.entity';
import type { InstanceStatus, WorkflowInstance } from './entities/workflow-instance.entity';

export interface TaskView {
  id: number;
  instanceId: number;
  elementId: string;
  name: string | null;
  stepKind: string;
  assigneeUserId: number | null;
  candidateRole: string | null;
  candidateScopeUnitId: number | null;
  assigneeLabel: string;
  status: string;
  dueAt: Date | null;
  createdAt: Date;
  completedAt: Date | null;
  completedByUserId: number | null;
  outcome: string | null;
  comment: string | null;
}

export interface HistoryView {
  id: number;
  taskId: number | null;
  at: Date;
  actorUserId: number | null;
  actorName: string | null;
  capacity: string;
  action: string;
  comment: string | null;
  targetElementId: string | null;
}

export interface InstanceSummaryView {
  id: number;
  definitionId: number;
  processKey: string;
  businessKey: string;
  businessType: string | null;
  status: InstanceStatus;
  initiatorUserId: number;
  startedAt: Date;
  endedAt: Date | null;
}

export interface InstanceView extends InstanceSummaryView {
  variables: Record<string, unknown>;
  openTasks: TaskView[];
  history: HistoryView[];
}

export function toTaskView(t: WorkflowTask): TaskView {
  return {
    id: t.id,
    instanceId: t.instanceId,
    elementId: t.elementId,
    name: t.name,
    stepKind: t.stepKind,
    assigneeUserId: t.assigneeUserId,
    candidateRole: t.candidateRole,
    candidateScopeUnitId: t.candidateScopeUnitId,
    assigneeLabel: t.assigneeLabel,
    status: t.status,
    dueAt: t.dueAt,
    createdAt: t.createdAt,
    completedAt: t.completedAt,
    completedByUserId: t.completedByUserId,
    outcome: t.outcome,
    comment: t.comment,
  };
}

export function toHistoryView(h: WorkflowHistory): HistoryView {
  return {
    id: h.id,
    taskId: h.taskId,
    at: h.at,
    actorUserId: h.actorUserId,
    actorName: h.actorName,
    capacity: h.capacity,
    action: h.action,
    comment: h.comment,
    targetElementId: h.targetElementId,
  };
}

export function toInstanceSummary(i: WorkflowInstance): InstanceSummaryView {
  return {
    id: i.id,
    definitionId: i.definitionId,
    processKey: i.processKey,
    businessKey: i.businessKey,
    businessType: i.businessType,
    status: i.status,
    initiatorUserId: i.initiatorUserId,
    startedAt: i.startedAt,
    endedAt: i.endedAt,
  };
}

export function toInstanceView(
  i: WorkflowInstance,
  openTasks: WorkflowTask[],
  history: WorkflowHistory[],
): InstanceView {
  return {
    ...toInstanceSummary(i),
    variables: JSON.parse(i.variables) as Record<string, unknown>,
    openTasks: openTasks.map(toTaskView),
    history: history.map(toHistoryView),
  };
}
