import { parseBusinessDuration } from '../engine/business-days';
import { parseAssignee, type Assignee } from './parse-assignee';
import type { Findings } from './findings';
import { childNode, stringProperty, type ModdleNode } from './moddle-node';

export type StepKind = 'approve' | 'consult' | 'circulate' | 'decide';

/** How many parallel instances of a multi-instance user task must complete before the step is done. */
export type Quorum = 'all' | 'any' | number;

/** ringi's attributes of one user task, as the runner reports them with each wait. */
export interface RingiTaskAttributes {
  readonly assignee: Assignee | null;
  readonly stepKind: StepKind;
  /** ISO 8601 duration counted in business days, e.g. P3D. */
  readonly due: string | null;
  readonly quorum: Quorum | null;
}

export interface UserTaskDefinition extends RingiTaskAttributes {
  readonly elementId: string;
  readonly name: string | null;
  readonly multiInstance: { readonly sequential: boolean; readonly cardinality: string | null } | null;
}

const STEP_KINDS: readonly StepKind[] = ['approve', 'consult', 'circulate', 'decide'];
const DEFAULT_STEP_KIND: StepKind = 'approve';

export function readUserTask(task: ModdleNode, findings: Findings): UserTaskDefinition {
  const multiInstance = readMultiInstance(task);
  return {
    elementId: task.id ?? '',
    name: stringProperty(task, 'name') ?? null,
    assignee: readAssignee(task, findings),
    stepKind: readStepKind(task, findings),
    due: readDue(task, findings),
    quorum: readQuorum(task, multiInstance, findings),
    multiInstance,
  };
}

export function ringiAttributesOf(task: UserTaskDefinition): RingiTaskAttributes {
  const { assignee, stepKind, due, quorum } = task;
  return { assignee, stepKind, due, quorum };
}

function readAssignee(task: ModdleNode, findings: Findings): Assignee | null {
  const text = stringProperty(task, 'assignee');
  if (text === undefined) return null;
  const parsed = parseAssignee(text);
  if (parsed.ok) return parsed.assignee;
  findings.report(task.id, `ringi:assignee ${parsed.message}`);
  return null;
}

function readStepKind(task: ModdleNode, findings: Findings): StepKind {
  const text = stringProperty(task, 'stepKind');
  if (text === undefined) return DEFAULT_STEP_KIND;
  const stepKind = STEP_KINDS.find((kind) => kind === text.trim());
  if (stepKind) return stepKind;
  findings.report(task.id, `ringi:stepKind "${text}" is not one of ${STEP_KINDS.join(', ')}`);
  return DEFAULT_STEP_KIND;
}

function readDue(task: ModdleNode, findings: Findings): string | null {
  const text = stringProperty(task, 'due');
  if (text === undefined) return null;
  const parsed = parseBusinessDuration(text);
  if (parsed.ok) return text.trim();
  findings.report(task.id, `ringi:due ${parsed.message}`);
  return null;
}

function readQuorum(
  task: ModdleNode,
  multiInstance: UserTaskDefinition['multiInstance'],
  findings: Findings,
): Quorum | null {
  const text = stringProperty(task, 'quorum');
  if (text === undefined) return null;
  const quorum = parseQuorum(text.trim());
  if (quorum === null) {
    findings.report(task.id, `ringi:quorum "${text}" is not all, any or a positive whole number`);
    return null;
  }
  if (!multiInstance || multiInstance.sequential) {
    findings.report(task.id, 'ringi:quorum needs a parallel multi-instance user task');
    return null;
  }
  const cardinality = Number(multiInstance.cardinality);
  if (typeof quorum === 'number' && Number.isInteger(cardinality) && quorum > cardinality) {
    findings.report(task.id, `ringi:quorum ${quorum} is larger than the loopCardinality ${cardinality}`);
    return null;
  }
  return quorum;
}

function parseQuorum(text: string): Quorum | null {
  if (text === 'all' || text === 'any') return text;
  return /^[1-9]\d{0,5}$/.test(text) ? Number(text) : null;
}

function readMultiInstance(task: ModdleNode): UserTaskDefinition['multiInstance'] {
  const loop = childNode(task, 'loopCharacteristics');
  if (!loop || loop.$type !== 'bpmn:MultiInstanceLoopCharacteristics') return null;
  const cardinality = childNode(loop, 'loopCardinality');
  return {
    sequential: loop.isSequential === true,
    cardinality: (cardinality && stringProperty(cardinality, 'body')?.trim()) ?? null,
  };
}
