import holidayJp from '@holiday-jp/holiday_jp';
import { clockDurationMs, JST_OFFSET_MS, jstDateKey, parseIsoDuration, type IsoDuration } from './iso8601';

export type BusinessDurationResult =
  { readonly ok: true; readonly duration: IsoDuration } | { readonly ok: false; readonly message: string };

const DAY_MS = 24 * 60 * 60 * 1000;
const BUSINESS_DAYS_PER_WEEK = 5;

/** A JST working day of the city hall: not a weekend, a public holiday or the year-end closure (12/29–1/3). */
export function isBusinessDay(date: Date): boolean {
  const wall = new Date(date.getTime() + JST_OFFSET_MS);
  const weekday = wall.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const month = wall.getUTCMonth() + 1;
  const day = wall.getUTCDate();
  if ((month === 12 && day >= 29) || (month === 1 && day <= 3)) return false;
  return !Object.hasOwn(holidayJp.holidays, jstDateKey(date));
}

/**
 * Weeks and days count business days (a week is five of them); hours, minutes and seconds are plain
 * clock time added afterwards. The time of day is kept, so a Friday 15:00 start with P1D is due Monday 15:00.
 */
export function addBusinessDays(start: Date, isoDuration: string): Date {
  const parsed = parseBusinessDuration(isoDuration);
  if (!parsed.ok) throw new RangeError(parsed.message);
  const { weeks, days } = parsed.duration;
  let remaining = weeks * BUSINESS_DAYS_PER_WEEK + days;
  let time = start.getTime();
  while (remaining > 0) {
    time += DAY_MS;
    if (isBusinessDay(new Date(time))) remaining -= 1;
  }
  return new Date(time + clockDurationMs(parsed.duration));
}

export function parseBusinessDuration(text: string): BusinessDurationResult {
  const duration = parseIsoDuration(text.trim());
  if (!duration) return { ok: false, message: `"${text}" is not an ISO 8601 duration such as P3D or PT4H` };
  if (duration.years !== 0 || duration.months !== 0) {
    return {
      ok: false,
      message: `"${text}" uses years or months, which are not counted in business days; use weeks or days`,
    };
  }
  if (!Number.isInteger(duration.weeks) || !Number.isInteger(duration.days)) {
    return { ok: false, message: `"${text}" has a fraction of a week or day; business days are counted whole` };
  }
  return { ok: true, duration };
}
