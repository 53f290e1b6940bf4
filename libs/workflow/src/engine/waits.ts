import type { RingiTaskAttributes } from '../definitions/user-task-attributes';
import type { ElementApi, EngineActivity, EngineExecution } from './engine-api';
import type { ParkedTimer, ParkedTimers } from './parked-timers';
import type { TimerKind } from './timer-schedule';

export type TaskWaitKind = 'userTask' | 'manualTask' | 'receiveTask' | 'messageEvent' | 'signalEvent';

/** Something the process waits on that a person or another system completes through ProcessRunner.signal. */
export interface TaskWait {
  readonly kind: TaskWaitKind;
  readonly elementId: string;
  /** Unique among the waits of an instance; what to pass to signal. */
  readonly executionId: string;
  readonly name: string | null;
  /** For user tasks: ringi's attributes as validated at deployment. */
  readonly ringi: RingiTaskAttributes | null;
  /** For one instance of a multi-instance task. */
  readonly loop: { readonly index: number; readonly cardinality: number | null; readonly sequential: boolean } | null;
  /** For message and signal events: the name of the message or signal they wait for. */
  readonly eventName: string | null;
}

/** A started timer. The database stores it with its due time and fires it once through ProcessRunner.fireTimer. */
export interface TimerWait {
  readonly timerId: string;
  readonly elementId: string;
  readonly name: string | null;
  readonly kind: TimerKind;
  /** The ISO 8601 value from the model, e.g. P3D or R6/P1D. */
  readonly expression: string;
  readonly dueAt: Date;
  /** For cycles: timeouts still to come including this one, -1 without end. */
  readonly repeat: number | null;
  /** For boundary timers: the activity they are attached to and whether firing cancels it. */
  readonly attachedTo: string | null;
  readonly interrupting: boolean | null;
}

/** A wait together with the engine handle that completes it; the handle never leaves the runner. */
export interface PendingWait {
  readonly wait: TaskWait;
  readonly api: ElementApi;
}

const TASK_KINDS: Readonly<Record<string, TaskWaitKind>> = {
  'bpmn:UserTask': 'userTask',
  'bpmn:ManualTask': 'manualTask',
  'bpmn:ReceiveTask': 'receiveTask',
};
const EVENT_KINDS: Readonly<Record<string, TaskWaitKind>> = {
  'bpmn:MessageEventDefinition': 'messageEvent',
  'bpmn:SignalEventDefinition': 'signalEvent',
};
const CATCHING_EVENTS = new Set(['bpmn:StartEvent', 'bpmn:IntermediateCatchEvent', 'bpmn:BoundaryEvent']);

export function collectPendingWaits(execution: EngineExecution): PendingWait[] {
  const pending: PendingWait[] = [];
  const apis = [...execution.getPostponed()];
  for (let api = apis.shift(); api; api = apis.shift()) {
    const activity = api.owner;
    if (activity.isSubProcess) {
      // A subprocess lists its own executions among its postponed children.
      apis.push(...api.getPostponed().filter((child) => child.owner !== activity));
    } else if (activity.type in TASK_KINDS) {
      pending.push(...taskWaits(api, activity, TASK_KINDS[activity.type]));
    } else if (CATCHING_EVENTS.has(activity.type)) {
      const wait = eventWait(api, activity);
      if (wait) pending.push(wait);
    }
  }
  return pending;
}

export function describeTimers(timers: ParkedTimers, execution: EngineExecution): TimerWait[] {
  return timers.executing.flatMap((timer) => {
    const wait = timerWait(timer, execution);
    return wait ? [wait] : [];
  });
}

function taskWaits(api: ElementApi, activity: EngineActivity, kind: TaskWaitKind): PendingWait[] {
  const ringi = kind === 'userTask' ? ((activity.behaviour.ringi as RingiTaskAttributes | undefined) ?? null) : null;
  if (!activity.isMultiInstance) return [{ api, wait: taskWait(api, kind, ringi, null) }];
  // Iterations share the activity; each waits under its own execution id, the root under the activity's.
  const iterations = (activity.execution?.getPostponed() ?? []).filter(
    (iteration) => iteration.executionId !== api.executionId && iteration.content.isMultiInstance === true,
  );
  return iterations.map((iteration) => ({
    api: iteration,
    wait: taskWait(iteration, kind, ringi, {
      index: iteration.content.index ?? 0,
      cardinality: iteration.content.loopCardinality ?? null,
      sequential: iteration.content.isSequential === true,
    }),
  }));
}

function taskWait(
  api: ElementApi,
  kind: TaskWaitKind,
  ringi: RingiTaskAttributes | null,
  loop: TaskWait['loop'],
): TaskWait {
  return {
    kind,
    elementId: api.id,
    executionId: api.executionId,
    name: api.owner.name ?? null,
    ringi,
    loop,
    eventName: null,
  };
}

function eventWait(api: ElementApi, activity: EngineActivity): PendingWait | null {
  const definition = activity.behaviour.eventDefinitions?.find((candidate) => candidate.type in EVENT_KINDS);
  if (!definition) return null;
  const reference = definition.behaviour?.messageRef ?? definition.behaviour?.signalRef;
  return {
    api,
    wait: {
      kind: EVENT_KINDS[definition.type],
      elementId: activity.id,
      executionId: api.executionId,
      name: activity.name ?? null,
      ringi: null,
      loop: null,
      eventName: reference?.name ?? reference?.id ?? null,
    },
  };
}

function timerWait(timer: ParkedTimer, execution: EngineExecution): TimerWait | null {
  const owner = timer.owner;
  const kind = owner?.timerType as TimerKind | undefined;
  if (!owner?.id || !owner.executionId || !kind || owner.expireAt === undefined) return null;
  const activity = execution.getActivityById(owner.id);
  const attachedTo = activity?.attachedTo?.id ?? null;
  return {
    timerId: owner.executionId,
    elementId: owner.id,
    name: activity?.name ?? null,
    kind,
    expression: String(owner[kind] ?? ''),
    dueAt: new Date(owner.expireAt),
    repeat: typeof owner.repeat === 'number' ? owner.repeat : null,
    attachedTo,
    interrupting: attachedTo === null ? null : activity?.behaviour.cancelActivity !== false,
  };
}
