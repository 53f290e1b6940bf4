import { dailyMinutes, patternProblems, scheduleOn, type WorkPatternSpec } from './work-pattern';

const REGULAR: WorkPatternSpec = {
  code: 'regular',
  name: '通常勤務',
  kind: 'regular',
  startTime: '08:30',
  endTime: '17:15',
  breaks: [{ from: '12:00', to: '13:00' }],
  workDays: '12345',
};
const PART_TIME: WorkPatternSpec = {
  ...REGULAR,
  code: 'fy-3',
  kind: 'fiscalYear',
  startTime: '09:00',
  endTime: '15:00',
  workDays: '135',
};
const SHIFT: WorkPatternSpec = { ...REGULAR, code: 'shift', kind: 'shift', workDays: '1234567' };
const NIGHT: WorkPatternSpec = {
  ...REGULAR,
  code: 'night',
  kind: 'nightShift',
  startTime: '22:00',
  endTime: '07:00',
  breaks: [{ from: '02:00', to: '03:00' }],
  workDays: '1234567',
};

describe('勤務パターン', () => {
  it('counts the scheduled minutes of a day without breaks', () => {
    expect(dailyMinutes(REGULAR)).toBe(465);
    expect(dailyMinutes(PART_TIME)).toBe(300);
    expect(dailyMinutes(NIGHT)).toBe(480);
    expect(dailyMinutes({ ...NIGHT, breaks: [{ from: '23:30', to: '00:30' }] })).toBe(480);
  });

  it.each([
    ['a regular Monday works', REGULAR, '2026-04-06', true],
    ['a regular Saturday', REGULAR, '2026-04-04', false],
    ['a regular public holiday (昭和の日)', REGULAR, '2026-04-29', false],
    ['a regular 12/29', REGULAR, '2026-12-29', false],
    ['a fiscal-year Tuesday off', PART_TIME, '2026-04-07', false],
    ['a fiscal-year Wednesday', PART_TIME, '2026-04-08', true],
    ['a shift on a public holiday', SHIFT, '2026-04-29', true],
    ['a shift on a Sunday', SHIFT, '2026-04-05', true],
    ['a night shift on a public holiday', NIGHT, '2026-04-29', true],
  ])('%s', (_name, pattern, date, working) => {
    expect(scheduleOn(pattern, date) !== null).toBe(working);
  });

  it.each([
    [{ endTime: '08:00' }, 'endTime'],
    [{ breaks: [{ from: '13:00', to: '12:00' }] }, 'breaks'],
    [{ breaks: [{ from: '17:00', to: '18:00' }] }, 'breaks'],
    [{ workDays: '118' }, 'workDays'],
    [{ workDays: '' }, 'workDays'],
  ])('refuses %j', (change, field) => {
    expect(patternProblems({ ...REGULAR, ...change }).map((p) => p.field)).toContain(field);
  });

  it.each([
    ['a day shift ending the next day', { ...SHIFT, startTime: '17:00', endTime: '09:00' }, 'endTime'],
    ['a night shift ending the same day', { ...NIGHT, startTime: '09:00', endTime: '17:00', breaks: [] }, 'endTime'],
    ['a night shift of 24 hours', { ...NIGHT, endTime: '22:00' }, 'endTime'],
    ['a night-shift break after its end', { ...NIGHT, breaks: [{ from: '08:00', to: '09:00' }] }, 'breaks'],
    ['a night-shift break before its start', { ...NIGHT, breaks: [{ from: '21:00', to: '21:30' }] }, 'breaks'],
  ])('refuses %s', (_name, pattern, field) => {
    expect(patternProblems(pattern).map((p) => p.field)).toContain(field);
  });

  it.each([
    ['the regular pattern', REGULAR],
    ['a night shift with a break after midnight', NIGHT],
    ['a night shift with a break across midnight', { ...NIGHT, breaks: [{ from: '23:30', to: '00:30' }] }],
  ])('accepts %s', (_name, pattern) => {
    expect(patternProblems(pattern)).toEqual([]);
  });
});
