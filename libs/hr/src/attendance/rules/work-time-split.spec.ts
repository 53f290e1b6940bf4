import { isCityHoliday } from './city-calendar';
import { isWithinSchedule, overtimeSplit, splitWorkTime, type ScheduledDay } from './work-time-split';

const REGULAR: ScheduledDay = { from: '08:30', to: '17:15', breaks: [{ from: '12:00', to: '13:00' }] };
const NIGHT: ScheduledDay = { from: '22:00', to: '07:00', breaks: [{ from: '02:00', to: '03:00' }] };
const at = (date: string, time: string) => new Date(`${date}T${time}:00+09:00`);
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
/** A day starting on `date` at t1 and ending at t2, the next day when t2 is not after t1. */
const worked = (date: string, t1: string, t2: string) => ({
  from: at(date, t1),
  to: at(t2 > t1 ? date : nextDay(date), t2),
});

describe('勤務時間の区分', () => {
  it.each([
    [
      'a regular day',
      '2026-04-06',
      '08:30',
      '2026-04-06',
      '17:15',
      { regular: 465, weekdayOvertime: 0, holidayWork: 0, lateNight: 0 },
    ],
    [
      'two hours of overtime',
      '2026-04-06',
      '08:30',
      '2026-04-06',
      '19:15',
      { regular: 465, weekdayOvertime: 120, holidayWork: 0, lateNight: 0 },
    ],
    [
      'an early start',
      '2026-04-06',
      '07:30',
      '2026-04-06',
      '17:15',
      { regular: 465, weekdayOvertime: 60, holidayWork: 0, lateNight: 0 },
    ],
    [
      'until 23:30',
      '2026-04-06',
      '08:30',
      '2026-04-06',
      '23:30',
      { regular: 465, weekdayOvertime: 375, holidayWork: 0, lateNight: 90 },
    ],
    [
      'past midnight to 01:00',
      '2026-04-06',
      '08:30',
      '2026-04-07',
      '01:00',
      { regular: 465, weekdayOvertime: 465, holidayWork: 0, lateNight: 180 },
    ],
  ])('%s', (_name, d1, t1, d2, t2, expected) => {
    expect(
      splitWorkTime({
        date: d1,
        scheduled: REGULAR,
        holiday: false,
        nextDayHoliday: false,
        worked: { from: at(d1, t1), to: at(d2, t2) },
      }),
    ).toEqual(expected);
  });

  it('all work on a holiday is 休日 work; breaks still do not count', () => {
    expect(
      splitWorkTime({
        date: '2026-04-29',
        scheduled: REGULAR,
        holiday: true,
        nextDayHoliday: false,
        worked: { from: at('2026-04-29', '09:00'), to: at('2026-04-29', '15:00') },
      }),
    ).toEqual({ regular: 0, weekdayOvertime: 0, holidayWork: 300, lateNight: 0 });
    expect(
      splitWorkTime({
        date: '2026-04-25',
        scheduled: null,
        holiday: true,
        nextDayHoliday: false,
        worked: { from: at('2026-04-25', '21:00'), to: at('2026-04-25', '23:00') },
      }),
    ).toEqual({ regular: 0, weekdayOvertime: 0, holidayWork: 120, lateNight: 60 });
  });

  it('refuses a clock-out before the clock-in', () => {
    expect(() =>
      splitWorkTime({
        date: '2026-04-06',
        scheduled: REGULAR,
        holiday: false,
        nextDayHoliday: false,
        worked: { from: at('2026-04-06', '17:00'), to: at('2026-04-06', '09:00') },
      }),
    ).toThrow('退勤時刻');
  });

  it.each([
    ['2026-04-06', false], // Monday
    ['2026-04-04', true], // Saturday
    ['2026-04-29', true], // 昭和の日
    ['2026-05-06', true], // 振替休日
    ['2026-12-28', false],
    ['2026-12-29', true],
    ['2027-01-03', true],
    ['2027-01-04', false],
  ])('%s closed: %s', (date, closed) => {
    expect(isCityHoliday(date)).toBe(closed);
  });

  describe('night shifts (夜勤 22:00〜翌7:00, break 2:00–3:00) and work past midnight', () => {
    it.each([
      [
        'a weekday night',
        '2026-04-06',
        NIGHT,
        '22:00',
        '07:00',
        { regular: 480, weekdayOvertime: 0, holidayWork: 0, lateNight: 360 },
      ],
      [
        'a weekday night before 昭和の日 splits at 0:00',
        '2026-04-28',
        NIGHT,
        '22:00',
        '07:00',
        { regular: 120, weekdayOvertime: 0, holidayWork: 360, lateNight: 360 },
      ],
      [
        'a night from 昭和の日 into a weekday',
        '2026-04-29',
        NIGHT,
        '22:00',
        '07:00',
        { regular: 360, weekdayOvertime: 0, holidayWork: 120, lateNight: 360 },
      ],
      [
        '12/28 into the year-end closure',
        '2026-12-28',
        NIGHT,
        '22:00',
        '07:00',
        { regular: 120, weekdayOvertime: 0, holidayWork: 360, lateNight: 360 },
      ],
      [
        'two hours after the night shift',
        '2026-04-06',
        NIGHT,
        '22:00',
        '09:00',
        { regular: 480, weekdayOvertime: 120, holidayWork: 0, lateNight: 360 },
      ],
      [
        'an hour before the night shift',
        '2026-04-06',
        NIGHT,
        '21:00',
        '07:00',
        { regular: 480, weekdayOvertime: 60, holidayWork: 0, lateNight: 360 },
      ],
      [
        'a regular Friday until 1:00 on Saturday',
        '2026-04-10',
        REGULAR,
        '08:30',
        '01:00',
        { regular: 465, weekdayOvertime: 405, holidayWork: 60, lateNight: 180 },
      ],
    ])('%s', (_name, date, scheduled, t1, t2, expected) => {
      expect(
        splitWorkTime({
          date,
          scheduled,
          holiday: isCityHoliday(date),
          nextDayHoliday: isCityHoliday(nextDay(date)),
          worked: worked(date, t1, t2),
        }),
      ).toEqual(expected);
    });

    it.each([
      ['after a weekday night: weekday, not late night', '2026-04-06', NIGHT, '22:00', '09:00', 120, [120, 0, 0]],
      ['after a night into 昭和の日: 休日', '2026-04-28', NIGHT, '22:00', '09:00', 120, [0, 120, 0]],
      ['a regular Friday past midnight', '2026-04-10', REGULAR, '08:30', '01:00', 120, [60, 60, 120]],
      ['no more than was worked outside the schedule', '2026-04-06', REGULAR, '08:30', '18:15', 600, [60, 0, 0]],
    ] as const)('confirmed overtime %s', (_name, date, scheduled, t1, t2, minutes, [weekday, holiday, lateNight]) => {
      const day = {
        date,
        scheduled,
        holiday: isCityHoliday(date),
        nextDayHoliday: isCityHoliday(nextDay(date)),
        worked: worked(date, t1, t2),
      };
      expect(overtimeSplit(day, minutes)).toEqual({ weekday, holiday, lateNight });
    });

    it.each([
      [NIGHT, '22:00', true],
      [NIGHT, '23:30', true],
      [NIGHT, '03:30', true],
      [NIGHT, '07:00', false],
      [NIGHT, '21:59', false],
      [NIGHT, '12:00', false],
      [REGULAR, '08:30', true],
      [REGULAR, '17:15', false],
    ])('%j: %s within the schedule is %s', (schedule, time, within) => {
      expect(isWithinSchedule(schedule, time)).toBe(within);
    });
  });
});
