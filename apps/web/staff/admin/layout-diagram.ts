import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';

// Definitions written by hand or seeded carry no diagram (BPMN DI), and the modeler can only
// show what has one. This lays a process out left to right in layers: each node one column
// after the furthest node that flows into it, branches stacked in rows.

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const COLUMN_WIDTH = 180;
const ROW_HEIGHT = 140;
const ORIGIN = { x: 80, y: 80 };
const TASK = { width: 100, height: 80 };

function sizeOf(type: string): { width: number; height: number } {
  if (type.endsWith('Event')) return { width: 36, height: 36 };
  if (type.endsWith('Gateway')) return { width: 50, height: 50 };
  return TASK;
}

/** Column of each node: longest path from a node nothing flows into (loops cut after n passes). */
export function columnsOf(nodeIds: readonly string[], flows: readonly [string, string][]): Map<string, number> {
  const column = new Map(nodeIds.map((id) => [id, 0]));
  for (let pass = 0; pass < nodeIds.length; pass++) {
    let changed = false;
    for (const [from, to] of flows) {
      const next = (column.get(from) ?? 0) + 1;
      if (column.has(to) && next > column.get(to)! && next < nodeIds.length) {
        column.set(to, next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return column;
}

function hasDiagram(definitions: ModdleElement): boolean {
  const diagrams = definitions.diagrams as ModdleElement[] | undefined;
  return (diagrams ?? []).some((d) => ((d.plane as ModdleElement)?.planeElement as unknown[] | undefined)?.length);
}

/**
 * The XML as it is when it has a diagram; otherwise the same definitions with one laid out.
 * `packages` are moddle extensions (ringi's); attributes of unknown ones are kept as they are.
 */
export async function withDiagram(xml: string, packages: Record<string, object> = {}): Promise<string> {
  const moddle = new BpmnModdle(packages);
  const { rootElement: definitions } = await moddle.fromXML(xml);
  if (hasDiagram(definitions)) return xml;
  const process = (definitions.rootElements as ModdleElement[]).find((e) => e.$type === 'bpmn:Process');
  if (!process) return xml;
  const elements = (process.flowElements as ModdleElement[] | undefined) ?? [];
  const flows = elements.filter((e) => e.$type === 'bpmn:SequenceFlow');
  const nodes = elements.filter((e) => e.$type !== 'bpmn:SequenceFlow');
  const ends = (f: ModdleElement): [string, string] => [
    (f.sourceRef as ModdleElement).id!,
    (f.targetRef as ModdleElement).id!,
  ];
  const columns = columnsOf(
    nodes.map((n) => n.id!),
    flows.map(ends),
  );

  const boxes = new Map<string, Box>();
  const rowsUsed = new Map<number, number>();
  for (const node of nodes) {
    const col = columns.get(node.id!)!;
    const row = rowsUsed.get(col) ?? 0;
    rowsUsed.set(col, row + 1);
    const size = sizeOf(node.$type);
    boxes.set(node.id!, {
      x: ORIGIN.x + col * COLUMN_WIDTH + (TASK.width - size.width) / 2,
      y: ORIGIN.y + row * ROW_HEIGHT + (TASK.height - size.height) / 2,
      ...size,
    });
  }

  const point = (x: number, y: number) => moddle.create('dc:Point', { x, y });
  const planeElement: ModdleElement[] = nodes.map((node) =>
    moddle.create('bpmndi:BPMNShape', {
      id: `${node.id}_di`,
      bpmnElement: node,
      bounds: moddle.create('dc:Bounds', boxes.get(node.id!)),
    }),
  );
  for (const flow of flows) {
    const [from, to] = ends(flow).map((id) => boxes.get(id)!);
    const start = { x: from.x + from.width, y: from.y + from.height / 2 };
    const end = { x: to.x, y: to.y + to.height / 2 };
    // A flow between rows bends halfway, so edges stay orthogonal.
    const middle = start.x + (end.x - start.x) / 2;
    const waypoint =
      start.y === end.y
        ? [point(start.x, start.y), point(end.x, end.y)]
        : [point(start.x, start.y), point(middle, start.y), point(middle, end.y), point(end.x, end.y)];
    planeElement.push(moddle.create('bpmndi:BPMNEdge', { id: `${flow.id}_di`, bpmnElement: flow, waypoint }));
  }
  const plane = moddle.create('bpmndi:BPMNPlane', { id: `${process.id}_plane`, bpmnElement: process, planeElement });
  definitions.diagrams = [moddle.create('bpmndi:BPMNDiagram', { id: `${process.id}_diagram`, plane })];
  return (await moddle.toXML(definitions, { format: true })).xml;
}
