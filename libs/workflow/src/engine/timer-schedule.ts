import {
  addIsoDuration,
  parseIsoCycle,
  parseIsoDateTime,
  parseIsoDuration,
  type IsoCycle,
  type IsoDuration,
} from './iso8601';

export type TimerKind = 'timeDuration' | 'timeDate' | 'timeCycle';

export const TIMER_KINDS: readonly TimerKind[] = ['timeDuration', 'timeDate', 'timeCycle'];

export type TimerSpec =
  | { readonly kind: 'timeDuration'; readonly duration: IsoDuration }
  | { readonly kind: 'timeDate'; readonly date: Date }
  | { readonly kind: 'timeCycle'; readonly cycle: IsoCycle };

export type TimerSpecResult =
  { readonly ok: true; readonly spec: TimerSpec } | { readonly ok: false; readonly message: string };

export interface ScheduledTimer {
  readonly dueAt: Date;
  /** Timeouts still to come including this one, as bpmn-elements counts them; -1 repeats forever, undefined fires once. */
  readonly repeat: number | undefined;
}

// A cycle whose start lies far in the past is not replayed occurrence by occurrence beyond this.
const MAX_SKIPPED_OCCURRENCES = 10_000;

export function parseTimerSpec(kind: TimerKind, text: string): TimerSpecResult {
  const value = text.trim();
  switch (kind) {
    case 'timeDuration': {
      const duration = parseIsoDuration(value);
      if (duration) return { ok: true, spec: { kind, duration } };
      return { ok: false, message: `timeDuration "${value}" is not an ISO 8601 duration such as PT4H or P3D` };
    }
    case 'timeDate': {
      const date = parseIsoDateTime(value);
      if (date) return { ok: true, spec: { kind, date } };
      return {
        ok: false,
        message: `timeDate "${value}" is not an ISO 8601 date-time such as 2026-04-01T09:00:00+09:00`,
      };
    }
    case 'timeCycle': {
      const cycle = parseIsoCycle(value);
      if (cycle && isZero(cycle.interval))
        return { ok: false, message: `timeCycle "${value}" repeats with an interval of zero` };
      if (cycle) return { ok: true, spec: { kind, cycle } };
      if (/\s/.test(value))
        return {
          ok: false,
          message: `timeCycle "${value}" looks like a cron expression; use an ISO 8601 repeating interval such as R3/P1D`,
        };
      return {
        ok: false,
        message: `timeCycle "${value}" is not an ISO 8601 repeating interval such as R3/P1D or R/2026-04-01T09:00:00+09:00/P1D`,
      };
    }
  }
}

export function scheduleTimer(spec: TimerSpec, now: Date): ScheduledTimer {
  switch (spec.kind) {
    case 'timeDuration':
      return { dueAt: addIsoDuration(now, spec.duration), repeat: undefined };
    case 'timeDate':
      return { dueAt: spec.date, repeat: undefined };
    case 'timeCycle':
      return scheduleCycle(spec.cycle, now);
  }
}

function isZero(duration: IsoDuration): boolean {
  return Object.values(duration).every((part) => part === 0);
}

function scheduleCycle({ repeat, start, interval }: IsoCycle, now: Date): ScheduledTimer {
  if (!start) return { dueAt: addIsoDuration(now, interval), repeat: repeat ?? -1 };
  let dueAt = start;
  let remaining = repeat;
  let skipped = 0;
  while (dueAt < now && (remaining === null || remaining > 1) && skipped < MAX_SKIPPED_OCCURRENCES) {
    dueAt = addIsoDuration(dueAt, interval);
    if (remaining !== null) remaining -= 1;
    skipped += 1;
  }
  return { dueAt, repeat: remaining ?? -1 };
}
