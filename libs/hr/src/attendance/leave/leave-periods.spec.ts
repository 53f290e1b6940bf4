import {
  addMonths,
  annualGrantDays,
  annualLeavePeriod,
  formatLeave,
  leaveDayMinutes,
  monthsBetween,
  precedingPeriod,
} from './leave-periods';

describe('休暇の付与期間', () => {
  it.each([
    [
      'regular staff: the calendar year',
      'regular',
      '2010-04-01',
      '2026-05-10',
      { start: '2026-01-01', end: '2026-12-31' },
    ],
    ['regular staff before the hire date', 'regular', '2026-04-01', '2026-03-31', null],
    ['fiscal-year staff in the first six months', 'fiscalYear', '2026-04-01', '2026-09-30', null],
    [
      'fiscal-year staff on the first grant date',
      'fiscalYear',
      '2026-04-01',
      '2026-10-01',
      { start: '2026-10-01', end: '2027-09-30' },
    ],
    [
      'fiscal-year staff one year on',
      'fiscalYear',
      '2025-04-01',
      '2027-01-15',
      { start: '2026-10-01', end: '2027-09-30' },
    ],
    [
      'fiscal-year staff started on 31 August',
      'fiscalYear',
      '2025-08-31',
      '2026-03-01',
      { start: '2026-02-28', end: '2027-02-27' },
    ],
  ] as const)('%s', (_name, employment, start, date, expected) => {
    expect(annualLeavePeriod(employment, start, date)).toEqual(expected);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-10-01', 6, '2027-04-01'],
    ['2024-08-31', 18, '2026-02-28'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ['2026-04-01', '2026-10-01', 6],
    ['2026-04-15', '2026-10-14', 5],
    ['2025-04-01', '2026-10-01', 18],
  ])('%s to %s is %i months', (from, to, months) => {
    expect(monthsBetween(from, to)).toBe(months);
  });

  it.each([
    ['regular staff hired in April, their first year', 'regular', '2026-04-01', 5, 465, '2026-01-01', 15],
    ['regular staff, a later year', 'regular', '2026-04-01', 5, 465, '2027-01-01', 20],
    ['fiscal-year staff, 3 days of 5 hours, first grant', 'fiscalYear', '2026-04-01', 3, 300, '2026-10-01', 5],
    ['fiscal-year staff, 3 days of 5 hours, 1.5 years', 'fiscalYear', '2026-04-01', 3, 300, '2027-10-01', 6],
    ['fiscal-year staff, 5 days of 6 hours', 'fiscalYear', '2026-04-01', 5, 360, '2026-10-01', 10],
  ] as const)('%s', (_name, employment, serviceStartDate, daysPerWeek, dailyMinutes, start, days) => {
    const terms = { employment, serviceStartDate, daysPerWeek, dailyMinutes, attendedEightyPercent: true };
    expect(annualGrantDays(terms, { start, end: start })).toBe(days);
  });

  it('grants fiscal-year staff nothing below 80% attendance; regular staff keep the city rule', () => {
    const terms = { serviceStartDate: '2026-04-01', daysPerWeek: 3, dailyMinutes: 300, attendedEightyPercent: false };
    const period = { start: '2026-10-01', end: '2027-09-30' };
    expect(annualGrantDays({ ...terms, employment: 'fiscalYear' }, period)).toBe(0);
    expect(annualGrantDays({ ...terms, employment: 'regular' }, { start: '2027-01-01', end: '2027-12-31' })).toBe(20);
  });

  it.each([
    ['the first grant: the first six months', '2026-04-01', '2026-10-01', { start: '2026-04-01', end: '2026-09-30' }],
    ['a later grant: the year before', '2026-04-01', '2027-10-01', { start: '2026-10-01', end: '2027-09-30' }],
    ['started on 31 August', '2025-08-31', '2027-02-28', { start: '2026-02-28', end: '2027-02-27' }],
  ])('the attendance period of %s', (_name, serviceStartDate, start, expected) => {
    expect(precedingPeriod(serviceStartDate, { start, end: start })).toEqual(expected);
  });

  it('counts a leave day as the scheduled hours rounded up, and formats balances', () => {
    expect(leaveDayMinutes(465)).toBe(480);
    expect(leaveDayMinutes(300)).toBe(300);
    expect(formatLeave(480 * 3 + 240, 480)).toBe('3日4時間');
    expect(formatLeave(120, 480)).toBe('2時間');
    expect(formatLeave(960, 480)).toBe('2日');
  });
});
