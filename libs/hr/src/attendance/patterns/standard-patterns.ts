import type { WorkPatternSpec } from './work-pattern';

/** Patterns every city starts with; HR adds fiscal-year and shift patterns through the API. */
export const STANDARD_PATTERNS: WorkPatternSpec[] = [
  {
    code: 'regular',
    name: '通常勤務（8:30〜17:15）',
    kind: 'regular',
    startTime: '08:30',
    endTime: '17:15',
    breaks: [{ from: '12:00', to: '13:00' }],
    workDays: '12345',
  },
];
