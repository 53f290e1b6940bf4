import type { EngineState } from './engine-api';
import type { Variables } from './feel';

export const RUNNER_STATE_FORMAT = 'ringi-run/1';

export type RunStatus = 'running' | 'completed' | 'cancelled' | 'failed';

/**
 * What the database stores for an instance, as one JSON string. The engine state leaves out the definition
 * source it would otherwise embed: the runner takes it from the definition cache by definitionId.
 */
export interface RunnerState {
  readonly format: typeof RUNNER_STATE_FORMAT;
  readonly definitionId: string;
  readonly status: RunStatus;
  readonly variables: Variables;
  /** End events reached so far, in order. */
  readonly endEvents: readonly string[];
  readonly failure: { readonly elementId: string | null; readonly message: string } | null;
  readonly engine: EngineState;
}

export class InvalidRunnerStateError extends Error {
  override readonly name = 'InvalidRunnerStateError';
}

export function serializeRunnerState(state: RunnerState): string {
  return JSON.stringify(state);
}

export function parseRunnerState(text: string): RunnerState {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new InvalidRunnerStateError('the instance state is not JSON');
  }
  if (!isRunnerState(parsed))
    throw new InvalidRunnerStateError(`the instance state is not in format ${RUNNER_STATE_FORMAT}`);
  return parsed;
}

export function withoutDefinitionSources(engineState: EngineState): EngineState {
  return {
    ...engineState,
    definitions: engineState.definitions.map(({ source: _source, ...definition }) => definition),
  };
}

function isRunnerState(value: unknown): value is RunnerState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Partial<Record<keyof RunnerState, unknown>>;
  return (
    state.format === RUNNER_STATE_FORMAT &&
    typeof state.definitionId === 'string' &&
    ['running', 'completed', 'cancelled', 'failed'].includes(state.status as string) &&
    isPlainObject(state.variables) &&
    Array.isArray(state.endEvents) &&
    isPlainObject(state.engine) &&
    Array.isArray((state.engine as { definitions?: unknown }).definitions)
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
