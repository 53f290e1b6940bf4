import { retentionEnded, retentionSpan, type RetentionPeriod } from './retention';

describe('保存期間', () => {
  it.each<[string, RetentionPeriod, string, string | null]>([
    // The example: completed in 令和7年度, kept 5 years.
    ['2025-10-01', 5, '2026-04-01', '2031-03-31'],
    ['2026-03-31', 5, '2026-04-01', '2031-03-31'], // last day of 令和7年度
    ['2026-04-01', 5, '2027-04-01', '2032-03-31'], // first day of 令和8年度
    ['2025-04-01', 1, '2026-04-01', '2027-03-31'],
    ['2025-12-28', 3, '2026-04-01', '2029-03-31'],
    ['2025-06-30', 10, '2026-04-01', '2036-03-31'],
    ['2025-06-30', 30, '2026-04-01', '2056-03-31'],
    ['2025-06-30', 'permanent', '2026-04-01', null],
  ])('completed %s, kept %s → %s to %s', (completed, period, from, to) => {
    expect(retentionSpan(completed, period)).toEqual({ from, to });
  });

  it('refuses a period the file plan does not know', () => {
    expect(() => retentionSpan('2025-06-30', 7 as RetentionPeriod)).toThrow('保存期間');
  });

  it.each([
    ['2031-03-31', false],
    ['2031-04-01', true],
  ])('a 5-year file of 令和7年度 on %s has ended: %s', (today, ended) => {
    expect(retentionEnded(retentionSpan('2025-10-01', 5), today)).toBe(ended);
  });

  it('never ends for permanent files', () => {
    expect(retentionEnded(retentionSpan('1990-10-01', 'permanent'), '2999-04-01')).toBe(false);
  });
});
