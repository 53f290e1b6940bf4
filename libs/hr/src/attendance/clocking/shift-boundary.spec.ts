import { endsPreviousShift } from './shift-boundary';

const at = (date: string, time: string) => new Date(`${date}T${time}:00+09:00`);

describe('退勤の打刻がどの勤務を閉じるか', () => {
  it.each([
    ['a night shift leaves at 7:00, tonight starts at 22:00', '22:00', '07:00', '22:00', true],
    ['overtime past midnight, today starts at 8:30', '08:30', '00:30', '08:30', true],
    ['yesterday’s clock-out forgotten, the card at 8:20 for 8:30', '08:30', '08:20', '08:30', false],
    ['two hours and a minute before the start', '08:30', '06:29', '08:30', true],
    ['exactly two hours before the start', '08:30', '06:30', '08:30', false],
    ['today is a day off', '08:30', '08:20', null, true],
    ['today is a day off, 24 hours on', '08:30', '08:30', null, false],
  ])('%s → %s', (_name, clockIn, punch, todayStart, ends) => {
    expect(
      endsPreviousShift(
        at('2026-04-07', punch),
        at('2026-04-06', clockIn),
        todayStart === null ? null : at('2026-04-07', todayStart),
      ),
    ).toBe(ends);
  });
});
