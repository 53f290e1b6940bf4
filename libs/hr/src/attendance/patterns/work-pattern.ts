import type { CalendarDate } from '../../organisation/domain/dates';
import { isCityHoliday } from '../rules/city-calendar';
import type { ClockTime, ScheduledDay } from '../rules/work-time-split';

/** regular: 正規職員; fiscalYear: 会計年度任用職員 with their own days and hours; shift: 交替制勤務. */
export type PatternKind = 'regular' | 'fiscalYear' | 'shift';

export interface WorkPatternSpec {
  code: string;
  name: string;
  kind: PatternKind;
  startTime: ClockTime;
  endTime: ClockTime;
  breaks: { from: ClockTime; to: ClockTime }[];
  /** ISO weekdays worked (1 = Monday … 7 = Sunday), e.g. '12345'. */
  workDays: string;
}

const minutesOf = (time: ClockTime) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Scheduled working minutes of one day: the span less its breaks (8:30–17:15 with 60 min → 465). */
export function dailyMinutes(pattern: Pick<WorkPatternSpec, 'startTime' | 'endTime' | 'breaks'>): number {
  const span = minutesOf(pattern.endTime) - minutesOf(pattern.startTime);
  return span - pattern.breaks.reduce((sum, b) => sum + minutesOf(b.to) - minutesOf(b.from), 0);
}

export function daysPerWeek(pattern: Pick<WorkPatternSpec, 'workDays'>): number {
  return pattern.workDays.length;
}

/** Problems of a pattern as the API reports them, or none. Night shifts across midnight are out of scope. */
export function patternProblems(pattern: WorkPatternSpec): { field: string; messages: string[] }[] {
  const problems: { field: string; messages: string[] }[] = [];
  if (!(minutesOf(pattern.startTime) < minutesOf(pattern.endTime))) {
    problems.push({ field: 'endTime', messages: ['終業時刻は始業時刻より後にしてください'] });
  }
  for (const b of pattern.breaks) {
    if (!(minutesOf(pattern.startTime) <= minutesOf(b.from) && minutesOf(b.from) < minutesOf(b.to))) {
      problems.push({ field: 'breaks', messages: ['休憩は勤務時間内で、終了を開始より後にしてください'] });
    } else if (minutesOf(b.to) > minutesOf(pattern.endTime)) {
      problems.push({ field: 'breaks', messages: ['休憩は勤務時間内で、終了を開始より後にしてください'] });
    }
  }
  if (!/^(?!.*(.).*\1)[1-7]{1,7}$/.test(pattern.workDays)) {
    problems.push({ field: 'workDays', messages: ['勤務曜日は 1（月）〜7（日）の数字を重複なく指定してください'] });
  }
  return problems;
}

/**
 * The schedule of a date, or null on a day off. Regular and fiscal-year patterns rest on city holidays; a
 * shift works its weekdays whatever the calendar says (holiday work is still paid as such).
 */
export function scheduleOn(pattern: WorkPatternSpec, date: CalendarDate): ScheduledDay | null {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
  if (!pattern.workDays.includes(String(weekday))) return null;
  if (pattern.kind !== 'shift' && isCityHoliday(date)) return null;
  return { from: pattern.startTime, to: pattern.endTime, breaks: pattern.breaks };
}
