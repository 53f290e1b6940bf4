import type { CalendarDate } from '../../organisation/domain/dates';

/** A clock time in JST, HH:MM. */
export type ClockTime = string;

export interface ScheduledDay {
  from: ClockTime;
  /** Earlier than `from` for a night shift: it ends the next day. */
  to: ClockTime;
  breaks: readonly { from: ClockTime; to: ClockTime }[];
}

export interface WorkDayInput {
  /** The JST date the shift starts on; minutes after midnight still belong to it. */
  date: CalendarDate;
  /** The working pattern of that day; null on a day off. */
  scheduled: ScheduledDay | null;
  /** A closed day (weekend, public holiday, 12/29–1/3): all work on it is 休日 work. */
  holiday: boolean;
  /** Whether the next calendar day is closed: work past midnight is 休日 work then (the day splits at 0:00). */
  nextDayHoliday: boolean;
  worked: { from: Date; to: Date };
}

/** Minutes of one day as payroll needs them. lateNight overlaps the others: it is an extra premium. */
export interface WorkTimeSplit {
  regular: number;
  weekdayOvertime: number;
  holidayWork: number;
  lateNight: number;
}

/** Overtime minutes by payroll category; lateNight overlaps the other two. */
export interface OvertimeSplit {
  weekday: number;
  holiday: number;
  lateNight: number;
}

type MinuteKind = 'regular' | 'weekdayOvertime' | 'holidayWork';

const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;
const JST_OFFSET_MS = 9 * 60 * MINUTE;
const LATE_NIGHT_FROM = 22 * 60;
const LATE_NIGHT_TO = 5 * 60;

export function toMinutes(time: ClockTime): number {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new RangeError(`時刻は HH:MM で指定してください: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * A schedule as minutes from the midnight starting its day. A night shift (end not after start) ends the next
 * day, and so do its breaks before the start time (22:00〜翌7:00, break 2:00–3:00 → 1320–1860, 1560–1620).
 */
export function scheduledSpan(schedule: ScheduledDay): {
  from: number;
  to: number;
  breaks: { from: number; to: number }[];
} {
  const from = toMinutes(schedule.from);
  const overnight = toMinutes(schedule.to) <= from;
  const onDay = (time: ClockTime) => toMinutes(time) + (overnight && toMinutes(time) < from ? DAY_MINUTES : 0);
  return {
    from,
    to: onDay(schedule.to),
    breaks: schedule.breaks.map((b) => ({ from: onDay(b.from), to: onDay(b.to) })),
  };
}

/**
 * Each minute worked, outside scheduled breaks, with its payroll kind and whether it is late night
 * (22:00–5:00 JST). A minute is 休日 work when its own calendar day is closed, so a shift from a working day
 * into a holiday splits at 0:00; otherwise it is regular within the schedule and weekday overtime outside it.
 */
function workedMinutes(day: WorkDayInput): { kind: MinuteKind; lateNight: boolean }[] {
  const from = day.worked.from.getTime();
  const to = day.worked.to.getTime();
  if (!(to > from)) throw new RangeError('退勤時刻は出勤時刻より後にしてください');
  const midnight = Date.parse(`${day.date}T00:00:00Z`) - JST_OFFSET_MS;
  const span = day.scheduled ? scheduledSpan(day.scheduled) : null;
  const minutes: { kind: MinuteKind; lateNight: boolean }[] = [];
  for (let t = from; t + MINUTE <= to; t += MINUTE) {
    const m = Math.floor((t - midnight) / MINUTE);
    if (span?.breaks.some((b) => m >= b.from && m < b.to)) continue;
    const holiday = m >= DAY_MINUTES ? day.nextDayHoliday : day.holiday;
    const kind: MinuteKind = holiday
      ? 'holidayWork'
      : span && m >= span.from && m < span.to
        ? 'regular'
        : 'weekdayOvertime';
    const clock = ((m % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
    minutes.push({ kind, lateNight: clock >= LATE_NIGHT_FROM || clock < LATE_NIGHT_TO });
  }
  return minutes;
}

/**
 * Splits the time worked on a day into regular time, weekday overtime (outside the scheduled hours of a
 * working day), 休日 work and late-night time (22:00–5:00 JST). Scheduled breaks are not work.
 */
export function splitWorkTime(day: WorkDayInput): WorkTimeSplit {
  const split: WorkTimeSplit = { regular: 0, weekdayOvertime: 0, holidayWork: 0, lateNight: 0 };
  for (const minute of workedMinutes(day)) {
    split[minute.kind] += 1;
    if (minute.lateNight) split.lateNight += 1;
  }
  return split;
}

/**
 * The categories of `minutes` of confirmed overtime: the last minutes worked outside the regular schedule
 * (overtime extends the day), so overtime after a night shift's end is weekday or 休日 by its own date.
 */
export function overtimeSplit(day: WorkDayInput, minutes: number): OvertimeSplit {
  const split: OvertimeSplit = { weekday: 0, holiday: 0, lateNight: 0 };
  const outside = workedMinutes(day).filter((m) => m.kind !== 'regular');
  for (const minute of outside.slice(Math.max(outside.length - minutes, 0))) {
    if (minute.kind === 'holidayWork') split.holiday += 1;
    else split.weekday += 1;
    if (minute.lateNight) split.lateNight += 1;
  }
  return split;
}

/** Whether a clock time falls within a schedule's hours (after midnight too, for a night shift). */
export function isWithinSchedule(schedule: ScheduledDay, time: ClockTime): boolean {
  const span = scheduledSpan(schedule);
  const m = toMinutes(time) + (span.to > DAY_MINUTES && toMinutes(time) < span.from ? DAY_MINUTES : 0);
  return span.from <= m && m < span.to;
}
