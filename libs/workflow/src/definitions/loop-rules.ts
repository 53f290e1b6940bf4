import { checkFeelSyntax } from './feel-syntax';
import type { Findings } from './findings';
import { childNode, childNodes, stringProperty, type ModdleNode } from './moddle-node';

const MULTI_INSTANCE_TASKS = new Set(['bpmn:UserTask', 'bpmn:ManualTask']);

export function checkLoopCharacteristics(activity: ModdleNode, findings: Findings): void {
  const loop = childNode(activity, 'loopCharacteristics');
  if (!loop) return;
  if (loop.$type !== 'bpmn:MultiInstanceLoopCharacteristics') {
    findings.report(activity.id, 'standard loops are not supported; use a multi-instance user task');
    return;
  }
  if (!MULTI_INSTANCE_TASKS.has(activity.$type)) {
    findings.report(activity.id, 'multi-instance is only supported on user tasks and manual tasks');
    return;
  }
  if (
    loop.loopDataInputRef !== undefined ||
    childNode(loop, 'inputDataItem') ||
    childNodes(loop, 'complexBehaviorDefinition').length > 0
  ) {
    findings.report(activity.id, 'multi-instance over data inputs is not supported; give a loopCardinality');
    return;
  }
  checkCardinality(activity, childNode(loop, 'loopCardinality'), findings);
  const completion = childNode(loop, 'completionCondition');
  if (completion) checkFeelExpression(activity, completion, 'completionCondition', findings);
}

function checkCardinality(activity: ModdleNode, cardinality: ModdleNode | undefined, findings: Findings): void {
  const body = cardinality && stringProperty(cardinality, 'body')?.trim();
  if (!cardinality || !body) {
    findings.report(
      activity.id,
      'multi-instance needs a loopCardinality: a whole number or a FEEL expression such as = count(consultees)',
    );
    return;
  }
  if (/^\d+$/.test(body)) {
    if (Number(body) < 1) findings.report(activity.id, 'loopCardinality must be at least 1');
    return;
  }
  if (!body.startsWith('=') && !body.startsWith('${')) {
    findings.report(
      activity.id,
      `loopCardinality "${body}" is neither a whole number nor a FEEL expression (write = ${body})`,
    );
    return;
  }
  checkFeelExpression(activity, cardinality, 'loopCardinality', findings);
}

function checkFeelExpression(activity: ModdleNode, expression: ModdleNode, property: string, findings: Findings): void {
  const syntax = checkFeelSyntax(stringProperty(expression, 'body') ?? '');
  if (!syntax.ok) {
    findings.report(activity.id, `${property}: ${syntax.message}`);
    return;
  }
  findings.rewrites.push({ expression, body: `\${${syntax.expression}}` });
}
