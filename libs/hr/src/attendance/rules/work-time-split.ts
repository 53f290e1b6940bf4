import type { CalendarDate } from '../../organisation/domain/dates';

/** A clock time in JST, HH:MM. */
export type ClockTime = string;

export interface ScheduledDay {
  from: ClockTime;
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
  worked: { from: Date; to: Date };
}

/** Minutes of one day as payroll needs them. lateNight overlaps the others: it is an extra premium. */
export interface WorkTimeSplit {
  regular: number;
  weekdayOvertime: number;
  holidayWork: number;
  lateNight: number;
}

const MINUTE = 60_000;
const JST_OFFSET_MS = 9 * 60 * MINUTE;
const LATE_NIGHT_FROM = 22 * 60;
const LATE_NIGHT_TO = 5 * 60;

/**
 * Splits the time worked on a day into regular time, weekday overtime (outside the scheduled hours of a
 * working day), 休日 work and late-night time (22:00–5:00 JST). Scheduled breaks are not work.
 */
export function splitWorkTime(day: WorkDayInput): WorkTimeSplit {
  const from = day.worked.from.getTime();
  const to = day.worked.to.getTime();
  if (!(to > from)) throw new RangeError('退勤時刻は出勤時刻より後にしてください');
  const midnight = Date.parse(`${day.date}T00:00:00Z`) - JST_OFFSET_MS;
  const minuteOfDay = (t: number) => Math.floor((t - midnight) / MINUTE);
  const schedule = day.scheduled;
  const inSchedule = (m: number) => schedule !== null && m >= toMinutes(schedule.from) && m < toMinutes(schedule.to);
  const inBreak = (m: number) =>
    schedule !== null && schedule.breaks.some((b) => m >= toMinutes(b.from) && m < toMinutes(b.to));
  const split: WorkTimeSplit = { regular: 0, weekdayOvertime: 0, holidayWork: 0, lateNight: 0 };
  for (let t = from; t + MINUTE <= to; t += MINUTE) {
    const m = minuteOfDay(t);
    if (inBreak(m)) continue;
    if (day.holiday) split.holidayWork += 1;
    else if (inSchedule(m)) split.regular += 1;
    else split.weekdayOvertime += 1;
    const clock = ((m % 1440) + 1440) % 1440;
    if (clock >= LATE_NIGHT_FROM || clock < LATE_NIGHT_TO) split.lateNight += 1;
  }
  return split;
}

function toMinutes(time: ClockTime): number {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new RangeError(`時刻は HH:MM で指定してください: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}
