import { FEEL_CONDITION_LANGUAGE } from '../engine/feel-conditions';
import { checkFeelSyntax } from './feel-syntax';
import type { Findings } from './findings';
import type { FlowScope } from './flow-scopes';
import { childNode, describeType, isModdleNode, stringProperty, type ModdleNode } from './moddle-node';

const FEEL_LANGUAGE_PATTERN = /^(feel|https?:\/\/www\.omg\.org\/spec\/(dmn\/\d{8}\/feel|feel\/\d{8})\/?)$/i;
const CONDITIONLESS_SOURCES = new Set(['bpmn:ParallelGateway', 'bpmn:EventBasedGateway']);

export function checkSequenceFlow(flow: ModdleNode, scope: FlowScope, findings: Findings): void {
  const { sourceRef: source, targetRef: target } = flow;
  if (!isModdleNode(source) || !isModdleNode(target)) {
    // An unresolved reference has been reported already, with the id it named.
    if (!findings.hasProblemFor(flow.id))
      findings.report(flow.id, 'the sequence flow needs both a sourceRef and a targetRef');
    return;
  }
  if (source.$parent !== scope.container || target.$parent !== scope.container) {
    findings.report(flow.id, 'the sequence flow connects elements of different subprocesses or processes');
    return;
  }
  const condition = childNode(flow, 'conditionExpression');
  if (condition) checkCondition(flow, source, condition, findings);
}

function checkCondition(flow: ModdleNode, source: ModdleNode, condition: ModdleNode, findings: Findings): void {
  const language = stringProperty(condition, 'language');
  if (language !== undefined && !FEEL_LANGUAGE_PATTERN.test(language.trim())) {
    findings.report(
      flow.id,
      `condition language "${language}" is not allowed: conditions must be FEEL, and uploaded XML must never run code`,
    );
    return;
  }
  if (CONDITIONLESS_SOURCES.has(source.$type)) {
    findings.report(flow.id, `a flow leaving a ${describeType(source.$type)} must not have a condition`);
    return;
  }
  if (source.default === flow) {
    findings.report(
      flow.id,
      `the default flow of ${describeType(source.$type)} "${source.id}" must not have a condition`,
    );
    return;
  }
  const syntax = checkFeelSyntax(stringProperty(condition, 'body') ?? '');
  if (!syntax.ok) {
    findings.report(flow.id, `condition: ${syntax.message}`);
    return;
  }
  findings.rewrites.push({ expression: condition, body: syntax.expression, language: FEEL_CONDITION_LANGUAGE });
}
