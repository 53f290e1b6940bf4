import { dateInRange, type CalendarDate } from './dates';
import { periodsOverlap } from './postings';

/** When a 代決者 designation holds: both dates inclusive, null = no limit on that side. */
export interface DeputyPeriod {
  startDate: CalendarDate | null;
  endDate: CalendarDate | null;
}

const EARLIEST = '0001-01-01';

export function designationInForce(d: DeputyPeriod, date: CalendarDate): boolean {
  return dateInRange(date, d.startDate ?? EARLIEST, d.endDate);
}

export function designationsOverlap(a: DeputyPeriod, b: DeputyPeriod): boolean {
  return periodsOverlap(
    { startDate: a.startDate ?? EARLIEST, endDate: a.endDate },
    { startDate: b.startDate ?? EARLIEST, endDate: b.endDate },
  );
}

export function isValidDeputyPeriod(d: DeputyPeriod): boolean {
  return d.startDate === null || d.endDate === null || d.startDate <= d.endDate;
}
