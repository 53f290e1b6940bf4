import type { CalendarDate } from '../../organisation/domain/dates';
import type { AttendanceDay } from '../entities/attendance-day.entity';
import { scheduleOn, type WorkPatternSpec } from '../patterns/work-pattern';
import { isCityHoliday } from '../rules/city-calendar';
import { splitWorkTime, type ScheduledDay, type WorkTimeSplit } from '../rules/work-time-split';

/** Is a day off 休日 for payroll: a city holiday, or a day the pattern does not work. */
export function isHolidayFor(date: CalendarDate, schedule: ScheduledDay | null): boolean {
  return schedule === null || isCityHoliday(date);
}

/**
 * The payroll split of a clocked day, or null while a punch is missing. On a day off the pattern's breaks
 * still apply (its lunch break is not work), while every minute worked is 休日 work.
 */
export function splitOfDay(day: AttendanceDay | undefined, pattern: WorkPatternSpec | null): WorkTimeSplit | null {
  if (!day?.clockInAt || !day.clockOutAt) return null;
  const schedule = pattern ? scheduleOn(pattern, day.workDate) : null;
  return splitWorkTime({
    date: day.workDate,
    scheduled: pattern ? { from: pattern.startTime, to: pattern.endTime, breaks: pattern.breaks } : null,
    holiday: isHolidayFor(day.workDate, schedule),
    worked: { from: day.clockInAt, to: day.clockOutAt },
  });
}

/** The first and last dates of a month (YYYY-MM). */
export function monthRange(month: string): { first: CalendarDate; last: CalendarDate } {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(last).padStart(2, '0')}` };
}
