import { addDays, type CalendarDate } from '../../organisation/domain/dates';
import { fiscalYearStaffGrant, regularStaffGrant } from '../rules/annual-leave';
import type { Employment } from '../entities/attendance-profile.entity';

export interface LeavePeriod {
  start: CalendarDate;
  end: CalendarDate;
}

/** The same day `months` months later, clamped to the month's last day (8/31 + 6 months → 2/28). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Whole months from `from` to `to` (a month counts once its day is reached). */
export function monthsBetween(from: CalendarDate, to: CalendarDate): number {
  const [y1, m1, d1] = from.split('-').map(Number);
  const [y2, m2, d2] = to.split('-').map(Number);
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

/**
 * The annual-leave grant period containing `date`: the calendar year for regular staff (granted on
 * 1 January); for fiscal-year staff the year from a service anniversary, the first 6 months after the service
 * start (労基法39条). Null before the first grant.
 */
export function annualLeavePeriod(
  employment: Employment,
  serviceStartDate: CalendarDate,
  date: CalendarDate,
): LeavePeriod | null {
  if (employment === 'regular') {
    if (date < serviceStartDate) return null;
    const year = date.slice(0, 4);
    return { start: `${year}-01-01`, end: `${year}-12-31` };
  }
  const months = monthsBetween(serviceStartDate, date);
  if (months < 6) return null;
  const start = addMonths(serviceStartDate, 6 + Math.floor((months - 6) / 12) * 12);
  return { start, end: addDays(addMonths(start, 12), -1) };
}

/**
 * The period whose attendance decides a fiscal-year staff member's grant (出勤率8割): the first six months of
 * service for the first grant, the year before for the later ones.
 */
export function precedingPeriod(serviceStartDate: CalendarDate, grantPeriod: LeavePeriod): LeavePeriod {
  const firstGrant = addMonths(serviceStartDate, 6);
  const start = grantPeriod.start <= firstGrant ? serviceStartDate : addMonths(grantPeriod.start, -12);
  return { start, end: addDays(grantPeriod.start, -1) };
}

export interface GrantTerms {
  employment: Employment;
  serviceStartDate: CalendarDate;
  daysPerWeek: number;
  dailyMinutes: number;
  /** 出勤率8割 in the preceding period (fiscal-year staff; the city grants regular staff without it). */
  attendedEightyPercent: boolean;
}

/** Days of annual leave granted at the start of a period. */
export function annualGrantDays(terms: GrantTerms, period: LeavePeriod): number {
  if (terms.employment === 'regular')
    return regularStaffGrant(Number(period.start.slice(0, 4)), terms.serviceStartDate);
  return fiscalYearStaffGrant({
    daysPerWeek: terms.daysPerWeek,
    weeklyMinutes: terms.daysPerWeek * terms.dailyMinutes,
    serviceMonths: monthsBetween(terms.serviceStartDate, period.start),
    attendedEightyPercent: terms.attendedEightyPercent,
  });
}

/** A leave day in minutes: the scheduled hours of a day rounded up to whole hours (7h45m → 8 hours). */
export function leaveDayMinutes(dailyMinutes: number): number {
  return Math.ceil(dailyMinutes / 60) * 60;
}

/** Minutes as 「3日4時間」 with the balance's day length. */
export function formatLeave(minutes: number, dayMinutes: number): string {
  const days = Math.floor(minutes / dayMinutes);
  const hours = Math.round(((minutes - days * dayMinutes) / 60) * 10) / 10;
  if (hours === 0) return `${days}日`;
  return days === 0 ? `${hours}時間` : `${days}日${hours}時間`;
}
