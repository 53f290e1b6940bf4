import { isCityHoliday } from './city-calendar';
import { splitWorkTime, type ScheduledDay } from './work-time-split';

const REGULAR: ScheduledDay = { from: '08:30', to: '17:15', breaks: [{ from: '12:00', to: '13:00' }] };
const at = (date: string, time: string) => new Date(`${date}T${time}:00+09:00`);

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
      splitWorkTime({ date: d1, scheduled: REGULAR, holiday: false, worked: { from: at(d1, t1), to: at(d2, t2) } }),
    ).toEqual(expected);
  });

  it('all work on a holiday is 休日 work; breaks still do not count', () => {
    expect(
      splitWorkTime({
        date: '2026-04-29',
        scheduled: REGULAR,
        holiday: true,
        worked: { from: at('2026-04-29', '09:00'), to: at('2026-04-29', '15:00') },
      }),
    ).toEqual({ regular: 0, weekdayOvertime: 0, holidayWork: 300, lateNight: 0 });
    expect(
      splitWorkTime({
        date: '2026-04-25',
        scheduled: null,
        holiday: true,
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
});
