import type { Findings } from './findings';
import type { FlowScope } from './flow-scopes';
import { childNode, childNodes, describeType, isModdleNode, type ModdleNode } from './moddle-node';

const SPLITS_BY_CONDITION = new Set(['bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway']);
const EVENT_GATEWAY_TARGETS = new Set(['bpmn:IntermediateCatchEvent', 'bpmn:ReceiveTask']);

export function checkGateway(gateway: ModdleNode, scope: FlowScope, findings: Findings): void {
  const incoming = scope.incoming(gateway);
  const outgoing = scope.outgoing(gateway);
  if (isModdleNode(gateway.default) && !outgoing.includes(gateway.default)) {
    findings.report(gateway.id, `the default flow "${gateway.default.id}" does not leave this gateway`);
  }
  switch (gateway.$type) {
    case 'bpmn:InclusiveGateway':
      if (incoming.length > 1) {
        findings.report(
          gateway.id,
          'converging inclusive gateways (more than one incoming flow) are not supported: bpmn-elements does not implement the inclusive join (bpmn-elements #46)',
        );
      }
      break;
    case 'bpmn:EventBasedGateway':
      checkEventGatewayTargets(gateway, outgoing, findings);
      break;
  }
  if (SPLITS_BY_CONDITION.has(gateway.$type) && outgoing.length > 1) {
    const unconditioned = outgoing.filter(
      (flow) => flow !== gateway.default && !childNode(flow, 'conditionExpression'),
    );
    if (unconditioned.length > 0) {
      findings.report(
        gateway.id,
        `${describeType(gateway.$type)} splits into flows without a condition that are not its default flow (${unconditioned.map((flow) => `"${flow.id}"`).join(', ')}): give each a FEEL condition or make one the default flow`,
      );
    }
  }
}

function checkEventGatewayTargets(gateway: ModdleNode, outgoing: readonly ModdleNode[], findings: Findings): void {
  for (const flow of outgoing) {
    const target = flow.targetRef;
    if (!isModdleNode(target)) continue;
    const isCatch =
      EVENT_GATEWAY_TARGETS.has(target.$type) &&
      (target.$type === 'bpmn:ReceiveTask' || childNodes(target, 'eventDefinitions').length > 0);
    if (!isCatch) {
      findings.report(
        gateway.id,
        `an event-based gateway must lead to intermediate catch events or receive tasks, but "${target.id}" is a ${describeType(target.$type)}`,
      );
    }
  }
}
