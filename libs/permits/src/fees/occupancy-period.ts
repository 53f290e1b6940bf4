import type { CalendarDate } from './fiscal-periods';

/**
 * 道路法施行令9条: an occupation is permitted for at most 5 years, or 10 years for 電柱, 電線, 水管, 下水道管,
 * ガス管 and the like. Categories carry their limit as data (`maxYears`); this checks a requested period.
 */
export const DEFAULT_MAX_YEARS = 5;
export const LONG_TERM_MAX_YEARS = 10;

/** A Japanese message when the period is not allowed, or null. Dates are inclusive. */
export function occupancyPeriodProblem(from: CalendarDate, to: CalendarDate, maxYears: number): string | null {
  if (to < from) return '占用期間の終期は始期以後の日付にしてください。';
  const [y, m, d] = from.split('-').map(Number);
  const limit = new Date(Date.UTC(y + maxYears, m - 1, d));
  limit.setUTCDate(limit.getUTCDate() - 1);
  const lastAllowed = limit.toISOString().slice(0, 10);
  if (to > lastAllowed) {
    return `この占用物件の占用期間は${maxYears}年以内です（${from}から${lastAllowed}まで）。`;
  }
  return null;
}
