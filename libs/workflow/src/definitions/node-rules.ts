import type { Findings } from './findings';
import type { FlowScope } from './flow-scopes';
import { checkGateway } from './gateway-rules';
import { checkLoopCharacteristics } from './loop-rules';
import { childNodes, describeType, type ModdleNode } from './moddle-node';
import { RINGI_USER_TASK_ATTRIBUTES } from './ringi-namespace';
import { checkTimerDefinition } from './timer-rules';
import { readUserTask } from './user-task-attributes';

type EventKind = 'none' | 'timer' | 'message' | 'signal' | 'error' | 'terminate';

const EVENT_KINDS_RUN: Readonly<Record<string, readonly EventKind[]>> = {
  'bpmn:StartEvent': ['none', 'timer', 'message', 'signal'],
  'bpmn:EndEvent': ['none', 'terminate', 'error', 'message', 'signal'],
  'bpmn:IntermediateCatchEvent': ['timer', 'message', 'signal'],
  'bpmn:IntermediateThrowEvent': ['none', 'message', 'signal'],
  'bpmn:BoundaryEvent': ['timer', 'error'],
};
const EVENT_SUBPROCESS_START_KINDS: readonly EventKind[] = ['timer', 'message', 'signal', 'error'];

const RUNNABLE_TASKS = new Set(['bpmn:Task', 'bpmn:UserTask', 'bpmn:ManualTask', 'bpmn:ReceiveTask']);
const GATEWAYS = new Set([
  'bpmn:ExclusiveGateway',
  'bpmn:ParallelGateway',
  'bpmn:InclusiveGateway',
  'bpmn:EventBasedGateway',
]);
const WITHOUT_HANDLER =
  'ringi runs automated steps only through registered handlers (ringi:handler), and none are registered';
const REFUSED: Readonly<Record<string, string>> = {
  'bpmn:ScriptTask': 'script tasks are not allowed: uploaded XML must never run code',
  'bpmn:ServiceTask': `service tasks are not supported yet: ${WITHOUT_HANDLER}`,
  'bpmn:SendTask': `send tasks are not supported yet: ${WITHOUT_HANDLER}`,
  'bpmn:BusinessRuleTask': `business rule tasks are not supported yet: ${WITHOUT_HANDLER}`,
  'bpmn:CallActivity':
    'call activities are not supported: ringi runs one process per definition; model the called process as a subprocess',
  'bpmn:Transaction': 'transaction subprocesses are not supported',
  'bpmn:AdHocSubProcess': 'ad-hoc subprocesses are not supported',
  'bpmn:ComplexGateway': 'complex gateways are not supported',
};

/** Checks one flow node against what ringi runs. */
export function checkFlowNode(
  node: ModdleNode,
  scope: FlowScope,
  ringiPrefixes: readonly string[],
  findings: Findings,
): void {
  checkRingiAttributePlacement(node, ringiPrefixes, findings);
  const refusal = REFUSED[node.$type];
  if (refusal) {
    findings.report(node.id, refusal);
    return;
  }
  if (node.$type in EVENT_KINDS_RUN) {
    checkEvent(node, scope, findings);
  } else if (RUNNABLE_TASKS.has(node.$type)) {
    checkLoopCharacteristics(node, findings);
    if (node.$type === 'bpmn:UserTask') findings.userTasks.push(readUserTask(node, findings));
  } else if (GATEWAYS.has(node.$type)) {
    checkGateway(node, scope, findings);
  } else if (node.$type === 'bpmn:SubProcess') {
    if (node.loopCharacteristics !== undefined)
      findings.report(node.id, 'multi-instance and looping subprocesses are not supported');
  } else {
    findings.report(node.id, `${describeType(node.$type)} elements are not supported`);
  }
}

function checkEvent(event: ModdleNode, scope: FlowScope, findings: Findings): void {
  if (childNodes(event, 'eventDefinitionRefs').length > 0) {
    findings.report(
      event.id,
      'event definitions referenced by id (eventDefinitionRef) are not supported; define them inside the event',
    );
    return;
  }
  const definitions = childNodes(event, 'eventDefinitions');
  if (definitions.length > 1) {
    findings.report(event.id, 'events with more than one event definition are not supported');
    return;
  }
  const definition = definitions.at(0);
  const kind = definition ? eventKindOf(definition) : 'none';
  const isEventSubProcessStart = event.$type === 'bpmn:StartEvent' && scope.isEventSubProcess;
  const allowed = isEventSubProcessStart ? EVENT_SUBPROCESS_START_KINDS : EVENT_KINDS_RUN[event.$type];
  if (!allowed.includes(kind as EventKind)) {
    findings.report(event.id, describeRefusedEvent(event.$type, kind, allowed, isEventSubProcessStart));
    return;
  }
  if (definition?.$type === 'bpmn:TimerEventDefinition') checkTimerDefinition(event, definition, findings);
}

function eventKindOf(definition: ModdleNode): string {
  return describeType(definition.$type).replace(/ event definition$/, '');
}

function describeRefusedEvent(
  type: string,
  kind: string,
  allowed: readonly EventKind[],
  isEventSubProcessStart: boolean,
): string {
  const eventName = isEventSubProcessStart ? 'event subprocess start events' : `${describeType(type)}s`;
  const runnable = allowed.join(', ');
  if (kind === 'none') return `${eventName} need an event definition (ringi runs ${runnable})`;
  if (kind === 'error' && type === 'bpmn:StartEvent')
    return 'error start events are only allowed in event subprocesses';
  return `${kind} ${eventName} are not supported (ringi runs ${runnable})`;
}

/** ringi's attributes are declared for user tasks only; elsewhere the parser keeps them as unknown attributes. */
function checkRingiAttributePlacement(node: ModdleNode, ringiPrefixes: readonly string[], findings: Findings): void {
  const attributes = Object.keys(node.$attrs ?? {}).filter((name) =>
    ringiPrefixes.some((prefix) => name.startsWith(`${prefix}:`)),
  );
  for (const attribute of attributes) {
    if (node.$type === 'bpmn:UserTask') {
      findings.report(
        node.id,
        `unknown attribute ${attribute}; ringi defines ${RINGI_USER_TASK_ATTRIBUTES.join(', ')} on user tasks`,
      );
    } else {
      findings.report(node.id, `${attribute} is only allowed on user tasks`);
    }
  }
}
