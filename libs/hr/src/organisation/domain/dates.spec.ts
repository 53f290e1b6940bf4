import { addDays, dateInRange, instantInRange, isCalendarDate, jstDateOf, jstStartOf } from './dates';

describe('calendar dates', () => {
  it.each([
    ['2026-04-01', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-13-01', false],
    ['2026-4-1', false],
    ['2026-04-01T00:00:00Z', false],
    ['', false],
    [20260401, false],
    [null, false],
  ])('isCalendarDate(%p) = %p', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it.each([
    ['2026-04-01', -1, '2026-03-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', 0, '2026-03-01'],
  ])('addDays(%s, %i) = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    // JST is UTC+9: 15:00 UTC is already the next day in Japan.
    ['2026-03-31T14:59:59.999Z', '2026-03-31'],
    ['2026-03-31T15:00:00.000Z', '2026-04-01'],
    ['2026-04-01T00:00:00+09:00', '2026-04-01'],
  ])('jstDateOf(%s) = %s', (instant, expected) => {
    expect(jstDateOf(new Date(instant))).toBe(expected);
  });

  it('jstStartOf gives 00:00 Japan time', () => {
    expect(jstStartOf('2026-04-01').toISOString()).toBe('2026-03-31T15:00:00.000Z');
  });
});

describe('dateInRange (both ends inclusive, null end open)', () => {
  it.each([
    ['2026-04-01', '2026-04-01', '2026-04-30', true],
    ['2026-04-30', '2026-04-01', '2026-04-30', true],
    ['2026-03-31', '2026-04-01', '2026-04-30', false],
    ['2026-05-01', '2026-04-01', '2026-04-30', false],
    ['2099-12-31', '2026-04-01', null, true],
    ['2026-03-31', '2026-04-01', null, false],
  ])('%s in [%s, %s] = %p', (date, start, end, expected) => {
    expect(dateInRange(date, start, end)).toBe(expected);
  });
});

describe('instantInRange (start inclusive, end exclusive)', () => {
  const from = new Date('2026-04-01T00:00:00Z');
  const to = new Date('2026-04-02T00:00:00Z');
  it.each([
    ['2026-04-01T00:00:00.000Z', true],
    ['2026-04-01T23:59:59.999Z', true],
    ['2026-04-02T00:00:00.000Z', false],
    ['2026-03-31T23:59:59.999Z', false],
  ])('%s = %p', (at, expected) => {
    expect(instantInRange(new Date(at), from, to)).toBe(expected);
  });
});
