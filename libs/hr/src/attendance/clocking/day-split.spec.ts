import type { AttendanceDay } from '../entities/attendance-day.entity';
import type { WorkPatternSpec } from '../patterns/work-pattern';
import { monthRange, splitOfDay } from './day-split';

const REGULAR: WorkPatternSpec = {
  code: 'regular',
  name: '通常勤務',
  kind: 'regular',
  startTime: '08:30',
  endTime: '17:15',
  breaks: [{ from: '12:00', to: '13:00' }],
  workDays: '12345',
};
const NIGHT: WorkPatternSpec = {
  ...REGULAR,
  code: 'night',
  kind: 'nightShift',
  startTime: '22:00',
  endTime: '07:00',
  breaks: [{ from: '02:00', to: '03:00' }],
  workDays: '1234567',
};
const day = (workDate: string, from: string | null, to: string | null, outDate = workDate) =>
  ({
    workDate,
    clockInAt: from ? new Date(`${workDate}T${from}:00+09:00`) : null,
    clockOutAt: to ? new Date(`${outDate}T${to}:00+09:00`) : null,
  }) as AttendanceDay;

describe('打刻した日の区分', () => {
  it.each([
    [
      'a working Monday',
      day('2026-04-06', '08:30', '18:15'),
      { regular: 465, weekdayOvertime: 60, holidayWork: 0, lateNight: 0 },
    ],
    [
      '昭和の日, across the lunch break',
      day('2026-04-29', '09:00', '15:00'),
      { regular: 0, weekdayOvertime: 0, holidayWork: 300, lateNight: 0 },
    ],
    [
      'a Saturday',
      day('2026-04-04', '09:00', '11:00'),
      { regular: 0, weekdayOvertime: 0, holidayWork: 120, lateNight: 0 },
    ],
    ['12/29', day('2026-12-29', '09:00', '10:00'), { regular: 0, weekdayOvertime: 0, holidayWork: 60, lateNight: 0 }],
  ])('%s', (_name, clocked, expected) => {
    expect(splitOfDay(clocked, REGULAR)).toEqual(expected);
  });

  it.each([
    [
      'a night shift before 昭和の日',
      day('2026-04-28', '22:00', '07:00', '2026-04-29'),
      { regular: 120, weekdayOvertime: 0, holidayWork: 360, lateNight: 360 },
    ],
    [
      'a night shift starting on 昭和の日',
      day('2026-04-29', '22:00', '07:00', '2026-04-30'),
      { regular: 360, weekdayOvertime: 0, holidayWork: 120, lateNight: 360 },
    ],
    [
      'a night shift on a Friday into Saturday',
      day('2026-04-10', '22:00', '07:00', '2026-04-11'),
      { regular: 120, weekdayOvertime: 0, holidayWork: 360, lateNight: 360 },
    ],
  ])('%s', (_name, clocked, expected) => {
    expect(splitOfDay(clocked, NIGHT)).toEqual(expected);
  });

  it('has no split while a punch is missing', () => {
    expect(splitOfDay(day('2026-04-06', '08:30', null), REGULAR)).toBeNull();
    expect(splitOfDay(undefined, REGULAR)).toBeNull();
  });

  it.each([
    ['2026-02', '2026-02-28'],
    ['2028-02', '2028-02-29'],
    ['2026-04', '2026-04-30'],
    ['2026-12', '2026-12-31'],
  ])('the month %s ends on %s', (month, last) => {
    expect(monthRange(month)).toEqual({ first: `${month}-01`, last });
  });
});
