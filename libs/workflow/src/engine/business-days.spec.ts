import { addBusinessDays, isBusinessDay, parseBusinessDuration } from './business-days';

const jst = (wallClock: string) => new Date(`${wallClock}+09:00`);

describe('isBusinessDay', () => {
  it.each([
    ['2026-04-28T10:00:00', true, 'an ordinary Tuesday'],
    ['2026-04-29T10:00:00', false, '昭和の日'],
    ['2026-05-02T10:00:00', false, 'a Saturday'],
    ['2026-05-03T10:00:00', false, 'a Sunday that is also 憲法記念日'],
    ['2026-05-06T10:00:00', false, '振替休日 for 5/3'],
    ['2026-05-07T10:00:00', true, 'the first working day after Golden Week'],
    ['2026-12-28T10:00:00', true, 'the last working day of the year'],
    ['2026-12-29T10:00:00', false, 'the year-end closure'],
    ['2027-01-03T10:00:00', false, 'the end of the new-year closure'],
    ['2027-01-04T10:00:00', true, '仕事始め'],
    // 2026-04-29 00:30 JST is still 2026-04-28 in UTC: the JST calendar decides.
    ['2026-04-29T00:30:00', false, 'just after midnight JST on a holiday'],
    ['2026-04-28T23:30:00', true, 'just before midnight JST before a holiday'],
  ])('%s is a business day: %s (%s)', (wallClock, expected) => {
    expect(isBusinessDay(jst(wallClock))).toBe(expected);
  });
});

describe('addBusinessDays', () => {
  it.each([
    ['2026-04-27T09:00:00', 'P1D', '2026-04-28T09:00:00', 'Monday to Tuesday'],
    ['2026-04-28T09:00:00', 'P1D', '2026-04-30T09:00:00', 'skips 昭和の日'],
    ['2026-05-01T17:00:00', 'P1D', '2026-05-07T17:00:00', 'skips the weekend and 5/4–5/6 of Golden Week 2026'],
    ['2026-04-24T15:00:00', 'P3D', '2026-04-30T15:00:00', 'Friday plus three business days around 昭和の日'],
    ['2026-04-20T09:00:00', 'P1W', '2026-04-27T09:00:00', 'a week is five business days'],
    ['2026-04-20T09:00:00', 'P1W2D', '2026-04-30T09:00:00', 'weeks and days add up, skipping 昭和の日'],
    ['2026-12-28T10:00:00', 'P1D', '2027-01-04T10:00:00', 'skips the year-end and new-year closure'],
    ['2027-01-08T10:00:00', 'P1D', '2027-01-12T10:00:00', 'skips the weekend and 成人の日'],
    ['2026-05-02T10:00:00', 'P1D', '2026-05-07T10:00:00', 'starting on a Saturday counts from the next business day'],
    ['2026-04-24T15:00:00', 'PT4H', '2026-04-24T19:00:00', 'hours are plain clock hours'],
    ['2026-04-24T22:00:00', 'PT4H', '2026-04-25T02:00:00', 'clock hours run into a Saturday'],
    ['2026-04-24T15:00:00', 'P1DT4H', '2026-04-27T19:00:00', 'business days first, then clock hours'],
    ['2026-04-24T15:00:00', 'PT30M', '2026-04-24T15:30:00', 'minutes'],
    ['2026-04-24T15:00:00', 'P0D', '2026-04-24T15:00:00', 'zero days'],
  ])('%s + %s = %s (%s)', (start, duration, expected) => {
    expect(addBusinessDays(jst(start), duration).toISOString()).toBe(jst(expected).toISOString());
  });

  it.each([
    ['P1M', 'uses years or months'],
    ['P1Y', 'uses years or months'],
    ['P1.5D', 'fraction of a week or day'],
    ['3 days', 'is not an ISO 8601 duration'],
    ['', 'is not an ISO 8601 duration'],
  ])('refuses %j', (duration, message) => {
    expect(() => addBusinessDays(jst('2026-04-24T15:00:00'), duration)).toThrow(message);
    expect(parseBusinessDuration(duration)).toEqual({ ok: false, message: expect.stringContaining(message) });
  });
});
