import type { CalendarDate } from '../../organisation/domain/dates';
import { isCityHoliday } from '../rules/city-calendar';
import { scheduledSpan, toMinutes, type ClockTime, type ScheduledDay } from '../rules/work-time-split';

/**
 * regular: 正規職員; fiscalYear: 会計年度任用職員 with their own days and hours; shift: 交替制勤務 within the
 * day; nightShift: 交替制勤務 across midnight (夜勤, e.g. 22:00〜翌7:00), worked on the day it starts.
 */
export const PATTERN_KINDS = ['regular', 'fiscalYear', 'shift', 'nightShift'] as const;
export type PatternKind = (typeof PATTERN_KINDS)[number];

export interface WorkPatternSpec {
  code: string;
  name: string;
  kind: PatternKind;
  startTime: ClockTime;
  endTime: ClockTime;
  /** Breaks within the hours; a night shift's may fall after midnight (02:00–03:00). */
  breaks: { from: ClockTime; to: ClockTime }[];
  /** ISO weekdays worked (1 = Monday … 7 = Sunday), e.g. '12345'; a night shift's are the days it starts. */
  workDays: string;
}

const isShiftWork = (kind: PatternKind) => kind === 'shift' || kind === 'nightShift';

const scheduleOf = (pattern: Pick<WorkPatternSpec, 'startTime' | 'endTime' | 'breaks'>): ScheduledDay => ({
  from: pattern.startTime,
  to: pattern.endTime,
  breaks: pattern.breaks,
});

/** Scheduled working minutes of one day: the span less its breaks (8:30–17:15 with 60 min → 465). */
export function dailyMinutes(pattern: Pick<WorkPatternSpec, 'startTime' | 'endTime' | 'breaks'>): number {
  const span = scheduledSpan(scheduleOf(pattern));
  return span.to - span.from - span.breaks.reduce((sum, b) => sum + b.to - b.from, 0);
}

export function daysPerWeek(pattern: Pick<WorkPatternSpec, 'workDays'>): number {
  return pattern.workDays.length;
}

/** Problems of a pattern as the API reports them, or none. Only a night shift may end the next day. */
export function patternProblems(pattern: WorkPatternSpec): { field: string; messages: string[] }[] {
  const problems: { field: string; messages: string[] }[] = [];
  const start = toMinutes(pattern.startTime);
  const end = toMinutes(pattern.endTime);
  if (pattern.kind === 'nightShift' && !(end < start)) {
    problems.push({ field: 'endTime', messages: ['夜勤の終業時刻は翌日（始業時刻より前の時刻）にしてください'] });
  } else if (pattern.kind !== 'nightShift' && !(start < end)) {
    problems.push({
      field: 'endTime',
      messages: ['終業時刻は始業時刻より後にしてください（日をまたぐ勤務は種類を「夜勤」にしてください）'],
    });
  }
  if (problems.length === 0) {
    const span = scheduledSpan(scheduleOf(pattern));
    const outside = span.breaks.some((b) => !(span.from <= b.from && b.from < b.to && b.to <= span.to));
    if (outside) problems.push({ field: 'breaks', messages: ['休憩は勤務時間内で、終了を開始より後にしてください'] });
  }
  if (!/^(?!.*(.).*\1)[1-7]{1,7}$/.test(pattern.workDays)) {
    problems.push({ field: 'workDays', messages: ['勤務曜日は 1（月）〜7（日）の数字を重複なく指定してください'] });
  }
  return problems;
}

/**
 * The schedule of a date, or null on a day off. Regular and fiscal-year patterns rest on city holidays; shifts
 * work their weekdays whatever the calendar says (holiday work is still paid as such).
 */
export function scheduleOn(pattern: WorkPatternSpec, date: CalendarDate): ScheduledDay | null {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
  if (!pattern.workDays.includes(String(weekday))) return null;
  if (!isShiftWork(pattern.kind) && isCityHoliday(date)) return null;
  return scheduleOf(pattern);
}
