import holidayJp from '@holiday-jp/holiday_jp';
import type { CalendarDate } from '../../organisation/domain/dates';

/**
 * Whether the city hall is closed on a date: Saturday, Sunday, a public holiday (国民の祝日・振替休日, from
 * @holiday-jp/holiday_jp) or the year-end closure 12/29–1/3. Work on such a day is 休日 work for payroll.
 */
export function isCityHoliday(date: CalendarDate): boolean {
  const [, month, day] = date.split('-').map(Number);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return true;
  if ((month === 12 && day >= 29) || (month === 1 && day <= 3)) return true;
  return Object.hasOwn(holidayJp.holidays, date);
}
