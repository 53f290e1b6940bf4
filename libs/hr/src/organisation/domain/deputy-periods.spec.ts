import { designationInForce, designationsOverlap, isValidDeputyPeriod } from './deputy-periods';

describe('代決者 designation periods', () => {
  it.each([
    [null, null, '2026-04-01', true],
    ['2026-04-01', null, '2026-04-01', true],
    ['2026-04-02', null, '2026-04-01', false],
    [null, '2026-03-31', '2026-04-01', false],
    [null, '2026-04-01', '2026-04-01', true],
    ['2026-04-01', '2026-04-30', '2026-05-01', false],
  ])('from %s to %s holds on %s: %s', (startDate, endDate, date, expected) => {
    expect(designationInForce({ startDate, endDate }, date)).toBe(expected);
  });

  it.each([
    [{ startDate: null, endDate: null }, { startDate: '2026-04-01', endDate: null }, true],
    [{ startDate: null, endDate: '2026-03-31' }, { startDate: '2026-04-01', endDate: null }, false],
    [{ startDate: '2026-04-01', endDate: '2026-04-30' }, { startDate: '2026-04-30', endDate: null }, true],
  ])('%j and %j overlap: %s', (a, b, expected) => {
    expect(designationsOverlap(a, b)).toBe(expected);
    expect(designationsOverlap(b, a)).toBe(expected);
  });

  it('refuses an end before the start', () => {
    expect(isValidDeputyPeriod({ startDate: '2026-04-02', endDate: '2026-04-01' })).toBe(false);
    expect(isValidDeputyPeriod({ startDate: null, endDate: '2026-04-01' })).toBe(true);
  });
});
