import { EventEmitter } from 'node:events';
import { Engine, type BpmnEngineOptions } from 'bpmn-engine';
import type { SerializableContext } from 'moddle-context-serializer';
import { CLOCK_OPTION, type Clock } from './clocked-timer-event-definition';
import type { EngineActivity, EngineExecution, EngineState } from './engine-api';
import { FeelConditionScripts } from './feel-conditions';
import { FeelExpressions } from './feel-expressions';
import type { Variables } from './feel';
import { ParkedTimers } from './parked-timers';
import { RUNNER_STATE_FORMAT, type RunnerState, withoutDefinitionSources } from './runner-state';
import { collectPendingWaits, describeTimers, type PendingWait, type TimerWait } from './waits';

export interface EngineSnapshot {
  readonly state: RunnerState;
  readonly waits: PendingWait[];
  readonly timers: TimerWait[];
}

interface EngineApiMessage {
  readonly id?: string;
  readonly type?: string;
}

/**
 * bpmn-engine's default Logger builds `debug` loggers for every engine and element it creates, and each one
 * probes the terminal: a measurable share of every step. Failures reach the runner through the engine's
 * `error` event, so the log lines add nothing; DEBUG=bpmn-engine* brings them back for troubleshooting.
 */
const silent = () => undefined;
const silentLogger = () => ({ debug: silent, error: silent, warn: silent });
const engineLogger = process.env.DEBUG?.includes('bpmn-engine') ? {} : { Logger: silentLogger };

interface EngineFailure {
  readonly message?: string;
  readonly source?: { readonly content?: { readonly id?: string } };
}

/**
 * One bpmn-engine Engine for one runner call: started or recovered, driven until it waits again, then
 * read back into a RunnerState. Everything it needs from outside is injected; nothing runs on a timer.
 */
export class EngineRun {
  private readonly timers = new ParkedTimers();
  private readonly listener = new EventEmitter();
  private readonly engine: Engine;
  private variables: Variables;
  private readonly endEvents: string[];
  private failure: RunnerState['failure'] = null;
  private completed = false;
  private cancelled = false;

  constructor(
    private readonly definitionId: string,
    context: SerializableContext,
    from: Pick<RunnerState, 'variables' | 'endEvents'>,
    clock: Clock,
  ) {
    this.variables = { ...from.variables };
    this.endEvents = [...from.endEvents];
    const options = {
      name: definitionId,
      sourceContext: context,
      expressions: new FeelExpressions(() => this.variables),
      scripts: new FeelConditionScripts(() => this.variables),
      timers: this.timers,
      ...engineLogger,
      [CLOCK_OPTION]: clock,
    };
    // bpmn-elements declares getScript and setTimeout narrower than it calls them (undefined scripts, any callback).
    this.engine = new Engine(options as unknown as BpmnEngineOptions);
    this.engine.on('error', (error: EngineFailure) => {
      this.failure = { elementId: error.source?.content?.id ?? null, message: error.message ?? String(error) };
    });
    this.engine.on('end', () => {
      this.completed = true;
    });
    // Counted on start: a terminate or error end event ends its scope before it reports its own end.
    this.listener.on('activity.start', (api: EngineApiMessage) => {
      if (api.type === 'bpmn:EndEvent' && api.id) this.endEvents.push(api.id);
    });
  }

  async start(): Promise<void> {
    await this.engine.execute({ listener: this.listener });
  }

  async resume(engineState: EngineState): Promise<void> {
    this.engine.recover(engineState);
    await this.engine.resume({ listener: this.listener });
  }

  pendingWaits(): PendingWait[] {
    return collectPendingWaits(this.execution);
  }

  timerWaits(): TimerWait[] {
    return describeTimers(this.timers, this.execution);
  }

  /** A task's output becomes process variables before the task completes, so the gateways after it see them. */
  assignVariables(output: Variables): void {
    this.variables = { ...this.variables, ...output };
  }

  /** Completed iterations of a running multi-instance activity, as its loop counts them. */
  completedIterations(activity: EngineActivity): number {
    const loop = activity.execution?.getPostponed().find((api) => api.executionId === activity.executionId)?.content;
    if (!loop) return 0;
    return (loop.index ?? 0) - (loop.running ?? 0) - (loop.discarded ?? 0);
  }

  fireTimer(timerId: string): boolean {
    const timer = this.timers.executing.find((candidate) => candidate.owner?.executionId === timerId);
    if (!timer) return false;
    this.timers.fire(timer);
    return true;
  }

  cancel(): void {
    this.cancelled = true;
    for (const definition of this.execution.definitions) {
      for (const process of definition.getRunningProcesses()) process.getApi().discard();
    }
  }

  async snapshot(): Promise<EngineSnapshot> {
    const engineState = withoutDefinitionSources((await this.engine.getState()) as unknown as EngineState);
    const status = this.failure ? 'failed' : this.cancelled ? 'cancelled' : this.completed ? 'completed' : 'running';
    const running = status === 'running';
    return {
      state: {
        format: RUNNER_STATE_FORMAT,
        definitionId: this.definitionId,
        status,
        variables: this.variables,
        endEvents: this.endEvents,
        failure: this.failure,
        engine: engineState,
      },
      waits: running ? this.pendingWaits() : [],
      timers: running ? this.timerWaits() : [],
    };
  }

  private get execution(): EngineExecution {
    return this.engine.execution as unknown as EngineExecution;
  }
}
