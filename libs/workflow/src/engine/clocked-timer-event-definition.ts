import { TimerEventDefinition } from 'bpmn-elements';
import { parseTimerSpec, scheduleTimer, type TimerKind } from './timer-schedule';

/** The environment option through which the runner passes its clock to timer event definitions. */
export const CLOCK_OPTION = 'clock';

export type Clock = () => Date;

interface TimerSchedule {
  expireAt?: Date;
  repeat?: number;
  delay?: number;
  timeout?: number;
}

/** The members of bpmn-elements' TimerEventDefinition this subclass relies on; its published types declare them poorly. */
interface EngineTimerEventDefinition {
  readonly environment: { readonly options: Readonly<Record<string, unknown>> };
  parse(timerType: string, value: string): TimerSchedule;
  _getTimers(executeMessage: unknown): TimerSchedule;
}

const BaseTimerEventDefinition = TimerEventDefinition as unknown as new (
  activity: unknown,
  eventDefinition: unknown,
) => EngineTimerEventDefinition;

/**
 * bpmn-elements' timer with two changes: due times come from ringi's ISO 8601 reading and the runner's
 * clock instead of the wall clock, and a timer that is already due is parked like any other instead of
 * completing on the spot, so that every timer goes through the database and fires exactly once.
 */
export class ClockedTimerEventDefinition extends BaseTimerEventDefinition {
  override parse(timerType: string, value: string): TimerSchedule {
    const parsed = parseTimerSpec(timerType as TimerKind, value);
    if (!parsed.ok) throw new RangeError(parsed.message);
    const now = this.now();
    const { dueAt, repeat } = scheduleTimer(parsed.spec, now);
    return { expireAt: dueAt, repeat, delay: dueAt.getTime() - now.getTime() };
  }

  override _getTimers(executeMessage: unknown): TimerSchedule {
    const schedule = super._getTimers(executeMessage);
    if (typeof schedule.timeout === 'number' && schedule.timeout <= 0) schedule.timeout = 1;
    return schedule;
  }

  private now(): Date {
    const clock = this.environment.options[CLOCK_OPTION];
    return typeof clock === 'function' ? (clock as Clock)() : new Date();
  }
}
