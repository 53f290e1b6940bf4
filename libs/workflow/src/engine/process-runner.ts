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
  /** How many waiting engines to keep for the next call on their state (0: recover every time). */
  readonly liveEngines?: number;
}

/**
 * Runs process instances on bpmn-engine without a database: every call takes the stored state, recovers an
 * engine from the cached definition context, applies one change, and returns the new state and what the
 * instance waits on. Calls for one instance must be serialized by the caller (a row lock does).
 *
 * Recovering is about a third of a call's cost, and a case often moves again soon after (the drafter's own
 * step right after the start, approvals in quick succession), so the engine a call leaves waiting is kept,
 * up to `liveEngines`, under the exact state text it produced. A later call given that same text stands at
 * that same point and takes the engine instead of recovering one; any other text (a rolled-back change,
 * another process's step) simply misses.
 */
export class ProcessRunner {
  private readonly definitions: DefinitionContextCache;
  private readonly now: Clock;
  private readonly liveEngines: number;
  /** Waiting engines by the state text they stand at, oldest first. */
  private readonly live = new Map<string, EngineRun>();

  constructor(options: ProcessRunnerOptions) {
    this.definitions = options.definitions;
    this.now = options.now ?? (() => new Date());
    this.liveEngines = options.liveEngines ?? 0;
  }

  async start(definitionId: string, variables: Variables = {}): Promise<RunResult> {
    const run = new EngineRun(
      definitionId,
      await this.definitions.get(definitionId),
      { variables, endEvents: [] },
      this.now,
    );
    await run.start();
    return this.result(run);
  }

  /** Completes a wait: a user task (iteration), manual or receive task, or message or signal event. */
  async signal(state: string, target: string, output: Variables = {}): Promise<RunResult> {
    const run = await this.recover(state);
    const pending = findWait(run.pendingWaits(), target);
    run.assignVariables(output);
    pending.api.signal(output);
    completeOnQuorum(run, pending);
    return this.result(run);
  }

  async fireTimer(state: string, timerId: string): Promise<RunResult> {
    const run = await this.recover(state);
    if (!run.fireTimer(timerId)) throw new UnknownTimerError(`the instance has no running timer "${timerId}"`);
    return this.result(run);
  }

  /** Ends the instance without reaching an end event, e.g. when the drafter withdraws it (取下げ). */
  async cancel(state: string): Promise<RunResult> {
    const run = await this.recover(state);
    run.cancel();
    return this.result(run);
  }

  private async recover(text: string): Promise<EngineRun> {
    // Taken out, so that no two calls ever drive one engine; it comes back only if the call succeeds.
    const kept = this.live.get(text);
    if (kept) {
      this.live.delete(text);
      return kept;
    }
    const stored = parseRunnerState(text);
    if (stored.status !== 'running') throw new ProcessNotRunningError(`the instance has already ${stored.status}`);
    const run = new EngineRun(stored.definitionId, await this.definitions.get(stored.definitionId), stored, this.now);
    await run.resume(stored.engine);
    return run;
  }

  private async result(run: EngineRun): Promise<RunResult> {
    const { state, waits, timers }: EngineSnapshot = await run.snapshot();
    const outcome = outcomeOf(state);
    const text = serializeRunnerState(state);
    if (outcome === null) this.keep(text, run);
    return {
      state: text,
      variables: state.variables,
      waits: waits.map((pending) => pending.wait),
      timers,
      ended: outcome !== null,
      outcome,
    };
  }

  private keep(text: string, run: EngineRun): void {
    if (this.liveEngines === 0) return;
    if (this.live.size >= this.liveEngines) this.live.delete(this.live.keys().next().value!);
    this.live.set(text, run);
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
