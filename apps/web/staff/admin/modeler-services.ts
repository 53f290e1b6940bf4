// The few bpmn-js services the modeler page uses, typed as narrowly as the page needs them.

export interface BusinessObject {
  id: string;
  name?: string;
  $type: string;
  get(name: string): unknown;
}

export interface Shape {
  id: string;
  type: string;
  businessObject: BusinessObject;
}

export interface Services {
  selection: { get(): Shape[]; select(element: Shape | null): void };
  elementRegistry: { get(id: string): Shape | undefined; filter(fn: (e: Shape) => boolean): Shape[] };
  elementFactory: { createShape(attrs: { type: string }): Shape };
  autoPlace: { append(source: Shape, shape: Shape): Shape };
  modeling: { updateProperties(element: Shape, properties: Record<string, unknown>): void };
  canvas: {
    getRootElement(): Shape;
    addMarker(element: string, marker: string): void;
    removeMarker(element: string, marker: string): void;
    zoom(level?: 'fit-viewport' | number, center?: 'auto'): number;
    scrollToElement(element: Shape): void;
  };
  overlays: {
    add(
      element: string,
      type: string,
      overlay: { position: { bottom?: number; left?: number }; html: HTMLElement },
    ): string;
    remove(filter: { type: string }): void;
  };
  eventBus: {
    on(event: string, callback: (event: { newSelection?: Shape[]; element?: Shape }) => void): void;
  };
}

/** The ringi attributes a user task carries (libs/workflow/src/definitions/ringi-moddle.json). */
export const RINGI_ATTRIBUTES = ['assignee', 'stepKind', 'due', 'quorum'] as const;
export type RingiAttribute = (typeof RINGI_ATTRIBUTES)[number];

/** A fresh diagram: one executable process with a start event, ready for steps to be appended. */
export const NEW_DIAGRAM = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:ringi="http://ringi.city/schema/bpmn" id="Definitions_new" targetNamespace="http://ringi.city/bpmn">
  <bpmn:process id="newProcess" name="新しいワークフロー" isExecutable="true">
    <bpmn:startEvent id="start" name="起案" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_new">
    <bpmndi:BPMNPlane id="Plane_new" bpmnElement="newProcess">
      <bpmndi:BPMNShape id="start_di" bpmnElement="start">
        <dc:Bounds x="152" y="102" width="36" height="36" />
      </bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;
