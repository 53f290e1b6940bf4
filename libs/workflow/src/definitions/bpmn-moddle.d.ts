// bpmn-moddle 10 publishes types only under "bpmn-moddle/types", not for its entry point.
declare module 'bpmn-moddle' {
  export interface ModdleWarning {
    readonly message: string;
    readonly element?: unknown;
    readonly property?: string;
    readonly value?: unknown;
    readonly error?: Error;
  }

  export interface ModdleParseResult {
    readonly rootElement: unknown;
    readonly references: readonly unknown[];
    readonly warnings: readonly ModdleWarning[];
    readonly elementsById: Readonly<Record<string, unknown>>;
  }

  export class BpmnModdle {
    constructor(packages?: Record<string, object>, options?: Record<string, unknown>);
    fromXML(xml: string, typeName?: string): Promise<ModdleParseResult>;
  }
}
