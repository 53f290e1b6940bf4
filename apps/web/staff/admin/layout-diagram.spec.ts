import { columnsOf, withDiagram } from './layout-diagram';

const NO_DIAGRAM = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:ringi="http://ringi.city/schema/bpmn" id="d" targetNamespace="http://ringi.city/t">
  <process id="p" isExecutable="true">
    <startEvent id="start" />
    <sequenceFlow id="f1" sourceRef="start" targetRef="draft" />
    <userTask id="draft" name="申請" ringi:assignee="initiator()" />
    <sequenceFlow id="f2" sourceRef="draft" targetRef="kakaricho" />
    <userTask id="kakaricho" name="係長承認" ringi:assignee="post(係長)" ringi:due="P2D" />
    <sequenceFlow id="f3" sourceRef="kakaricho" targetRef="end" />
    <endEvent id="end" />
  </process>
</definitions>`;

describe('laying out a definition that has no diagram', () => {
  it('puts each node one column after the furthest node flowing into it', () => {
    const columns = columnsOf(
      ['start', 'split', 'a', 'b', 'join', 'end'],
      [
        ['start', 'split'],
        ['split', 'a'],
        ['split', 'b'],
        ['a', 'join'],
        ['b', 'join'],
        ['join', 'end'],
      ],
    );
    expect(Object.fromEntries(columns)).toEqual({ start: 0, split: 1, a: 2, b: 2, join: 3, end: 4 });
  });

  it('stops on loops', () => {
    const columns = columnsOf(
      ['a', 'b'],
      [
        ['a', 'b'],
        ['b', 'a'],
      ],
    );
    expect(Math.max(...columns.values())).toBeLessThan(2);
  });

  it('adds a shape per node and an edge per flow, keeping ringi attributes', async () => {
    const xml = await withDiagram(NO_DIAGRAM);
    expect(xml.match(/<bpmndi:BPMNShape /g)).toHaveLength(4);
    expect(xml.match(/<bpmndi:BPMNEdge /g)).toHaveLength(3);
    expect(xml).toContain('ringi:assignee="post(係長)"');
    expect(await withDiagram(xml)).toBe(xml);
  });
});
