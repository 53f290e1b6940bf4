import { fiscalYearOf } from '@ringi/platform';

/** Calendar dates are YYYY-MM-DD in JST; a 年度 (fiscal year) runs from 1 April to 31 March. */
export type CalendarDate = string;

export interface FiscalSegment {
  /** The fiscal year by the calendar year it starts in (2026 = 令和8年度). */
  fiscalYear: number;
  from: CalendarDate;
  to: CalendarDate;
}

/** Splits an inclusive period at each 1 April. */
export function splitByFiscalYear(from: CalendarDate, to: CalendarDate): FiscalSegment[] {
  const segments: FiscalSegment[] = [];
  let start = from;
  while (start <= to) {
    const fiscalYear = fiscalYearOf(start);
    const yearEnd = `${fiscalYear + 1}-03-31`;
    const end = to < yearEnd ? to : yearEnd;
    segments.push({ fiscalYear, from: start, to: end });
    start = `${fiscalYear + 1}-04-01`;
  }
  return segments;
}

/**
 * Whole months of an inclusive period counted from its first day, a part month counting as a whole one
 * (道路法施行令19条: 1月未満の端数は1月). 4/1–6/30 is 3 months, 4/15–6/14 is 2, 4/15–6/20 is 3.
 */
export function monthsCounted(from: CalendarDate, to: CalendarDate): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  let months = 0;
  for (;;) {
    months += 1;
    if (endOfMonths(fy, fm, fd, months) >= to) return months;
  }
}

/**
 * The last day of `n` months counted from a first day (民法143条): the day before the same day-of-month `n`
 * months later, or the end of that month when it has no such day (1/31 + 1 month ends 2/28).
 */
function endOfMonths(year: number, month: number, day: number, n: number): CalendarDate {
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return day > last ? iso(y, m, last) : dayBefore(iso(y, m, day));
}

function dayBefore(date: CalendarDate): CalendarDate {
  const t = Date.parse(`${date}T00:00:00Z`) - 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function iso(y: number, m: number, d: number): CalendarDate {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
