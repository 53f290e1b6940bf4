import { addDays, type CalendarDate } from '../../organisation/domain/dates';
import type { AttendanceDay } from '../entities/attendance-day.entity';
import { scheduleOn, type WorkPatternSpec } from '../patterns/work-pattern';
import { isCityHoliday } from '../rules/city-calendar';
import { splitWorkTime, type ScheduledDay, type WorkDayInput, type WorkTimeSplit } from '../rules/work-time-split';

/** Is a day off 休日 for payroll: a city holiday, or a day the pattern does not work. */
export function isHolidayFor(date: CalendarDate, schedule: ScheduledDay | null): boolean {
  return schedule === null || isCityHoliday(date);
}

/**
 * A clocked day as the payroll split reads it, or null while a punch is missing. On a day off the pattern's
 * breaks still apply (its lunch break is not work), while every minute worked is 休日 work; minutes past
 * midnight are 休日 work when the next day is a city holiday.
 */
export function workDayOf(day: AttendanceDay | undefined | null, pattern: WorkPatternSpec | null): WorkDayInput | null {
  if (!day?.clockInAt || !day.clockOutAt) return null;
  const schedule = pattern ? scheduleOn(pattern, day.workDate) : null;
  return {
    date: day.workDate,
    scheduled: pattern ? { from: pattern.startTime, to: pattern.endTime, breaks: pattern.breaks } : null,
    holiday: isHolidayFor(day.workDate, schedule),
    nextDayHoliday: isCityHoliday(addDays(day.workDate, 1)),
    worked: { from: day.clockInAt, to: day.clockOutAt },
  };
}

/** The payroll split of a clocked day, or null while a punch is missing. */
export function splitOfDay(day: AttendanceDay | undefined, pattern: WorkPatternSpec | null): WorkTimeSplit | null {
  const input = workDayOf(day, pattern);
  return input ? splitWorkTime(input) : null;
}

/** The first and last dates of a month (YYYY-MM). */
export function monthRange(month: string): { first: CalendarDate; last: CalendarDate } {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(last).padStart(2, '0')}` };
}
