/**
 * The parts of bpmn-engine's runtime objects the runner reads. Its published types leave most of these as
 * `any`, so they are stated here once and the engine's values are cast to them at the boundary.
 */
interface ElementContent {
  readonly id?: string;
  readonly executionId?: string;
  readonly index?: number;
  readonly isMultiInstance?: boolean;
  readonly isSequential?: boolean;
  readonly loopCardinality?: number;
  readonly running?: number;
  readonly discarded?: number;
  readonly [property: string]: unknown;
}

export interface ElementApi {
  readonly id: string;
  readonly type: string;
  readonly name?: string;
  readonly executionId: string;
  readonly content: ElementContent;
  readonly owner: EngineActivity;
  signal(message?: unknown): void;
  discard(): void;
  getPostponed(): ElementApi[];
}

interface EventDefinitionBehaviour {
  readonly type: string;
  readonly behaviour?: {
    readonly messageRef?: { readonly id?: string; readonly name?: string };
    readonly signalRef?: { readonly id?: string; readonly name?: string };
  };
}

export interface EngineActivity {
  readonly id: string;
  /** The current execution; for a multi-instance activity, the root its iterations belong to. */
  readonly executionId?: string;
  readonly type: string;
  readonly name?: string;
  readonly isSubProcess?: boolean;
  readonly isMultiInstance?: boolean;
  readonly attachedTo?: { readonly id: string } | null;
  readonly behaviour: {
    readonly cancelActivity?: boolean;
    readonly eventDefinitions?: readonly EventDefinitionBehaviour[];
    readonly ringi?: unknown;
  };
  readonly execution?: { getPostponed(): ElementApi[] } | null;
}

interface EngineProcess {
  getApi(): { discard(): void };
}

interface EngineDefinition {
  getRunningProcesses(): EngineProcess[];
}

export interface EngineExecution {
  readonly definitions: readonly EngineDefinition[];
  getPostponed(): ElementApi[];
  getActivityById(id: string): EngineActivity | undefined;
}

/** bpmn-engine's saved state; only the parts the runner rewrites are spelled out. */
export interface EngineState {
  readonly definitions: ReadonlyArray<{ readonly source?: string; readonly [property: string]: unknown }>;
  readonly [property: string]: unknown;
}
