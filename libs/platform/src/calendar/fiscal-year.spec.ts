import { fiscalYearLabel, fiscalYearOf } from './fiscal-year';

describe('年度', () => {
  it.each([
    ['2026-03-31', 2025],
    ['2026-04-01', 2026],
    ['2027-01-01', 2026],
  ])('%s is in fiscal year %i', (date, fy) => {
    expect(fiscalYearOf(date)).toBe(fy);
  });

  it.each([
    [2025, '令和7年度'],
    [2019, '令和元年度'],
    [2018, '平成30年度'],
    [1989, '平成元年度'],
    [1988, '昭和63年度'],
  ])('%i is %s', (fy, label) => {
    expect(fiscalYearLabel(fy)).toBe(label);
  });
});
