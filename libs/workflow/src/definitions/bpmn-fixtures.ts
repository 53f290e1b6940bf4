/** Small BPMN documents for specs: a process body in ringi's usual namespaces. */
export function bpmnDefinitions(
  processBody: string,
  processAttributes = 'id="workflow" name="Workflow" isExecutable="true"',
): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:ringi="http://ringi.city/schema/bpmn"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs" targetNamespace="http://ringi.city/test">
  <process ${processAttributes}>${processBody}</process>
</definitions>`;
}

export function flow(id: string, source: string, target: string, condition?: string, conditionAttributes = ''): string {
  const body =
    condition === undefined
      ? ''
      : `<conditionExpression xsi:type="tFormalExpression"${conditionAttributes}>${escapeXml(condition)}</conditionExpression>`;
  return `<sequenceFlow id="${id}" sourceRef="${source}" targetRef="${target}">${body}</sequenceFlow>`;
}

/** start -> element -> end, for checking one element. */
export function around(elementXml: string, elementId: string): string {
  return `<startEvent id="start"/>${flow('toElement', 'start', elementId)}${elementXml}${flow('fromElement', elementId, 'end')}<endEvent id="end"/>`;
}

export function timerXml(kind: 'timeDuration' | 'timeDate' | 'timeCycle', value: string): string {
  return `<timerEventDefinition><${kind} xsi:type="tFormalExpression">${escapeXml(value)}</${kind}></timerEventDefinition>`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
