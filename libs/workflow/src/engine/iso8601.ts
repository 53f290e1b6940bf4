/**
 * The subset of ISO 8601 that BPMN timers and ringi due dates use.
 * Date-times without an offset are Japan Standard Time: ringi serves one Japanese city hall.
 */

export interface IsoDuration {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

export interface IsoCycle {
  /** null: repeats without end (`R/…`). */
  readonly repeat: number | null;
  readonly start: Date | null;
  readonly interval: IsoDuration;
}

export const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;
// Japan has no daylight saving time, so a calendar day is always 24 hours long.
const DAY_MS = 24 * HOUR_MS;

const NUMBER = '(\\d+(?:[.,]\\d+)?)';
const DURATION_PATTERN = new RegExp(
  `^P(?!$)(?:${NUMBER}Y)?(?:${NUMBER}M)?(?:${NUMBER}W)?(?:${NUMBER}D)?(?:T(?=\\d)(?:${NUMBER}H)?(?:${NUMBER}M)?(?:${NUMBER}S)?)?$`,
);
const DATE_TIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
const CYCLE_PATTERN = /^R(\d*)\/(.+)$/;

export function parseIsoDuration(text: string): IsoDuration | null {
  const match = DURATION_PATTERN.exec(text);
  if (!match) return null;
  const parts = match.slice(1, 8);
  const lastPresent = parts.reduce((last, part, index) => (part === undefined ? last : index), -1);
  const fractionBeforeLast = parts.some(
    (part, index) => part !== undefined && index < lastPresent && /[.,]/.test(part),
  );
  if (fractionBeforeLast) return null;
  const [years, months, weeks, days, hours, minutes, seconds] = parts.map((part) =>
    part === undefined ? 0 : Number(part.replace(',', '.')),
  );
  // Calendar arithmetic has no meaning for a fraction of a month or a year.
  if (!Number.isInteger(years) || !Number.isInteger(months)) return null;
  return { years, months, weeks, days, hours, minutes, seconds };
}

export function parseIsoDateTime(text: string): Date | null {
  const match = DATE_TIME_PATTERN.exec(text);
  if (!match) return null;
  const [
    ,
    yearText,
    monthText,
    dayText,
    hourText = '0',
    minuteText = '0',
    secondText = '0',
    fractionText = '0',
    offsetText,
  ] = match;
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  const hour = Number(hourText);
  const minute = Number(minuteText);
  const second = Number(secondText);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const offsetMs = offsetText === undefined ? JST_OFFSET_MS : parseOffset(offsetText);
  if (offsetMs === null) return null;
  const milliseconds = Math.floor(Number(`0.${fractionText}`) * 1000);
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, milliseconds) - offsetMs);
}

/** Repeating intervals `R[n]/duration` and `R[n]/start/duration`. */
export function parseIsoCycle(text: string): IsoCycle | null {
  const match = CYCLE_PATTERN.exec(text);
  if (!match) return null;
  const [, repeatText, rest] = match;
  const repeat = repeatText === '' ? null : Number(repeatText);
  if (repeat === 0) return null;
  const pieces = rest.split('/');
  if (pieces.length === 1) {
    const interval = parseIsoDuration(pieces[0]);
    return interval && { repeat, start: null, interval };
  }
  if (pieces.length !== 2) return null;
  const start = parseIsoDateTime(pieces[0]);
  const interval = parseIsoDuration(pieces[1]);
  return start && interval && { repeat, start, interval };
}

export function addIsoDuration(date: Date, duration: IsoDuration): Date {
  let time = date.getTime();
  if (duration.years !== 0 || duration.months !== 0) {
    time = addCalendarMonths(time, duration.years * 12 + duration.months);
  }
  return new Date(time + clockDurationMs(duration) + (duration.weeks * 7 + duration.days) * DAY_MS);
}

export function clockDurationMs(duration: IsoDuration): number {
  return duration.hours * HOUR_MS + duration.minutes * MINUTE_MS + duration.seconds * SECOND_MS;
}

/** The JST calendar date of an instant as YYYY-MM-DD. */
export function jstDateKey(date: Date): string {
  return new Date(date.getTime() + JST_OFFSET_MS).toISOString().slice(0, 10);
}

function addCalendarMonths(time: number, months: number): number {
  // Work on the JST wall clock so that "one month" lands on the same JST day of the month.
  const wall = new Date(time + JST_OFFSET_MS);
  const targetMonthIndex = wall.getUTCFullYear() * 12 + wall.getUTCMonth() + months;
  const year = Math.floor(targetMonthIndex / 12);
  const month = (targetMonthIndex % 12) + 1;
  const day = Math.min(wall.getUTCDate(), daysInMonth(year, month));
  const shifted = Date.UTC(
    year,
    month - 1,
    day,
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
    wall.getUTCMilliseconds(),
  );
  return shifted - JST_OFFSET_MS;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseOffset(text: string): number | null {
  if (text === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 14 || minutes > 59) return null;
  return sign * (hours * HOUR_MS + minutes * MINUTE_MS);
}
