/**
 * 年次有給休暇: how many days are granted, carried over and may be taken by the hour.
 * Regular staff follow the city's rule (20 days per calendar year, fewer in the year of hire); fiscal-year
 * staff (会計年度任用職員) follow 労働基準法39条, including the proportional grant for short weeks.
 */

/** Years of continuous service at which 労基法39条 grants, with the days for a full-time week. */
const SERVICE_STEPS_MONTHS = [6, 18, 30, 42, 54, 66, 78] as const;
const FULL_TIME_DAYS = [10, 11, 12, 14, 16, 18, 20] as const;
/** 比例付与 (労基法施行規則24条の3) by scheduled days per week. */
const PROPORTIONAL_DAYS: Readonly<Record<1 | 2 | 3 | 4, readonly number[]>> = {
  4: [7, 8, 9, 10, 12, 13, 15],
  3: [5, 6, 6, 8, 9, 10, 11],
  2: [3, 4, 4, 5, 6, 6, 7],
  1: [1, 2, 2, 2, 3, 3, 3],
};
/** Short weeks get the proportional grant only below 30 scheduled hours a week. */
const PROPORTIONAL_WEEKLY_MINUTES_BELOW = 30 * 60;

export interface FiscalYearStaffTerms {
  /** Scheduled working days per week (1–5). */
  daysPerWeek: number;
  /** Scheduled working minutes per week. */
  weeklyMinutes: number;
  /** Months of continuous service on the grant date. */
  serviceMonths: number;
  /** Attended at least 80% of the scheduled days in the period before; no grant otherwise (労基法39条1項). */
  attendedEightyPercent: boolean;
}

/** Days of annual leave a fiscal-year staff member is granted on a grant date. */
export function fiscalYearStaffGrant(terms: FiscalYearStaffTerms): number {
  if (!Number.isInteger(terms.daysPerWeek) || terms.daysPerWeek < 1 || terms.daysPerWeek > 7) {
    throw new RangeError('週の所定労働日数は1〜7日で指定してください');
  }
  if (!terms.attendedEightyPercent) return 0;
  const step = serviceStep(terms.serviceMonths);
  if (step < 0) return 0;
  if (terms.daysPerWeek >= 5 || terms.weeklyMinutes >= PROPORTIONAL_WEEKLY_MINUTES_BELOW) return FULL_TIME_DAYS[step];
  return PROPORTIONAL_DAYS[terms.daysPerWeek as 1 | 2 | 3 | 4][step];
}

function serviceStep(months: number): number {
  let step = -1;
  SERVICE_STEPS_MONTHS.forEach((threshold, i) => {
    if (months >= threshold) step = i;
  });
  return step;
}

/** Regular staff: 20 days on 1 January; in the year of hire, by the month they started (4月採用 → 15日). */
export const REGULAR_ANNUAL_DAYS = 20;

export function regularStaffGrant(year: number, hireDate: string): number {
  const [hireYear, hireMonth] = hireDate.split('-').map(Number);
  if (hireYear > year) return 0;
  if (hireYear < year) return REGULAR_ANNUAL_DAYS;
  // The months left in the year, including the month of hire, out of twelve; fractions round up.
  return Math.ceil((REGULAR_ANNUAL_DAYS * (13 - hireMonth)) / 12);
}

/** At most 20 unused days carry into the next year (繰越); the rest lapses. */
export const MAX_CARRY_OVER_DAYS = 20;

export function carryOver(unusedDays: number): number {
  return Math.min(Math.max(unusedDays, 0), MAX_CARRY_OVER_DAYS);
}

/** Hour leave is capped at five days' worth a year (労基法39条4項). */
export const HOUR_LEAVE_DAYS_PER_YEAR = 5;

/**
 * The hours of hour leave allowed a year: a day counts as its scheduled hours rounded up to a whole hour
 * (7時間45分 → 8時間), times five.
 */
export function hourLeaveCapHours(dailyScheduledMinutes: number): number {
  return Math.ceil(dailyScheduledMinutes / 60) * HOUR_LEAVE_DAYS_PER_YEAR;
}

/** Whether taking `requestHours` more hour leave stays within the year's cap. */
export function hourLeaveAllowed(takenHours: number, requestHours: number, dailyScheduledMinutes: number): boolean {
  return takenHours + requestHours <= hourLeaveCapHours(dailyScheduledMinutes);
}
