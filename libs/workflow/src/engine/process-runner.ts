import type { Clock } from './clocked-timer-event-definition';
import type { DefinitionContextCache } from './definition-cache';
import { EngineRun, type EngineSnapshot } from './engine-run';
import { ProcessNotRunningError, UnknownTimerError, UnknownWaitError } from './errors';
import type { Variables } from './feel';
import { parseRunnerState, serializeRunnerState, type RunnerState } from './runner-state';
import type { PendingWait, TaskWait, TimerWait } from './waits';

export type RunOutcome =
  | { readonly status: 'completed'; readonly endEvents: readonly string[] }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly elementId: string | null; readonly message: string };

export interface RunResult {
  /** The instance state to store; pass it to the next call. */
  readonly state: string;
  readonly variables: Variables;
  /** Everything the instance now waits on; waits missing since the last call are gone (completed or cancelled). */
  readonly waits: TaskWait[];
  readonly timers: TimerWait[];
  readonly ended: boolean;
  readonly outcome: RunOutcome | null;
}

export interface ProcessRunnerOptions {
  readonly definitions: DefinitionContextCache;
  /** Decides timer due times; inject a fixed clock in tests. */
  readonly now?: Clock;
}

/**
 * Runs process instances on bpmn-engine without a database: every call takes the stored state, recovers an
 * engine from the cached definition context, applies one change, and returns the new state and what the
 * instance waits on. Calls for one instance must be serialized by the caller (a row lock does).
 */
export class ProcessRunner {
  private readonly definitions: DefinitionContextCache;
  private readonly now: Clock;

  constructor(options: ProcessRunnerOptions) {
    this.definitions = options.definitions;
    this.now = options.now ?? (() => new Date());
  }

  async start(definitionId: string, variables: Variables = {}): Promise<RunResult> {
    const run = new EngineRun(
      definitionId,
      await this.definitions.get(definitionId),
      { variables, endEvents: [] },
      this.now,
    );
    await run.start();
    return this.result(await run.snapshot());
  }

  /** Completes a wait: a user task (iteration), manual or receive task, or message or signal event. */
  async signal(state: string, target: string, output: Variables = {}): Promise<RunResult> {
    const run = await this.recover(state);
    const pending = findWait(run.pendingWaits(), target);
    run.assignVariables(output);
    pending.api.signal(output);
    completeOnQuorum(run, pending);
    return this.result(await run.snapshot());
  }

  async fireTimer(state: string, timerId: string): Promise<RunResult> {
    const run = await this.recover(state);
    if (!run.fireTimer(timerId)) throw new UnknownTimerError(`the instance has no running timer "${timerId}"`);
    return this.result(await run.snapshot());
  }

  /** Ends the instance without reaching an end event, e.g. when the drafter withdraws it (取下げ). */
  async cancel(state: string): Promise<RunResult> {
    const run = await this.recover(state);
    run.cancel();
    return this.result(await run.snapshot());
  }

  private async recover(text: string): Promise<EngineRun> {
    const stored = parseRunnerState(text);
    if (stored.status !== 'running') throw new ProcessNotRunningError(`the instance has already ${stored.status}`);
    const run = new EngineRun(stored.definitionId, await this.definitions.get(stored.definitionId), stored, this.now);
    await run.resume(stored.engine);
    return run;
  }

  private result({ state, waits, timers }: EngineSnapshot): RunResult {
    const outcome = outcomeOf(state);
    return {
      state: serializeRunnerState(state),
      variables: state.variables,
      waits: waits.map((pending) => pending.wait),
      timers,
      ended: outcome !== null,
      outcome,
    };
  }
}

function findWait(pending: PendingWait[], target: string): PendingWait {
  const byExecution = pending.find((candidate) => candidate.wait.executionId === target);
  if (byExecution) return byExecution;
  const byElement = pending.filter((candidate) => candidate.wait.elementId === target);
  if (byElement.length === 1) return byElement[0];
  if (byElement.length > 1) {
    throw new UnknownWaitError(
      `"${target}" waits ${byElement.length} times (multi-instance); signal one of its execution ids`,
    );
  }
  throw new UnknownWaitError(`the instance does not wait on "${target}"`);
}

/** A parallel step with ringi:quorum is done once that many iterations completed; the others are withdrawn. */
function completeOnQuorum(run: EngineRun, { wait, api }: PendingWait): void {
  const quorum = wait.ringi?.quorum ?? 'all';
  if (!wait.loop || wait.loop.sequential || quorum === 'all') return;
  const required = quorum === 'any' ? 1 : quorum;
  if (run.completedIterations(api.owner) < required) return;
  for (const sibling of run.pendingWaits()) {
    if (sibling.api.owner === api.owner && sibling.wait.loop) sibling.api.discard();
  }
}

function outcomeOf(state: RunnerState): RunOutcome | null {
  switch (state.status) {
    case 'running':
      return null;
    case 'completed':
      return { status: 'completed', endEvents: state.endEvents };
    case 'cancelled':
      return { status: 'cancelled' };
    case 'failed':
      return {
        status: 'failed',
        elementId: state.failure?.elementId ?? null,
        message: state.failure?.message ?? 'the process failed',
      };
  }
}
