/**
 * Calendar dates are 'YYYY-MM-DD' strings in Japan time (JST, UTC+9, no daylight saving).
 * Instants are Date objects. These helpers never read the current time.
 */
export type CalendarDate = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A real calendar date written exactly as YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  if (y < 1900 || y > 9999) return false;
  const utc = new Date(Date.UTC(y, m - 1, d));
  return utc.getUTCFullYear() === y && utc.getUTCMonth() === m - 1 && utc.getUTCDate() === d;
}

export function assertCalendarDate(value: string, what = '日付'): CalendarDate {
  if (!isCalendarDate(value))
    throw new RangeError(`${what}は YYYY-MM-DD 形式の実在する日付で指定してください: ${value}`);
  return value;
}

/** The calendar date in Japan of an instant. */
export function jstDateOf(at: Date): CalendarDate {
  return new Date(at.getTime() + JST_OFFSET_MS).toISOString().slice(0, 10);
}

/** Midnight (00:00 JST) at the start of a calendar date, as an instant. */
export function jstStartOf(date: CalendarDate): Date {
  assertCalendarDate(date);
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - JST_OFFSET_MS);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  assertCalendarDate(date);
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whether `date` lies in [start, end]; both ends inclusive, a null end is open. */
export function dateInRange(date: CalendarDate, start: CalendarDate, end: CalendarDate | null): boolean {
  return start <= date && (end === null || date <= end);
}

/** Whether the instant `at` lies in [from, to): the start counts, the end does not. */
export function instantInRange(at: Date, from: Date, to: Date): boolean {
  const t = at.getTime();
  return from.getTime() <= t && t < to.getTime();
}
