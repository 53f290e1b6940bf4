import {
  carryOver,
  fiscalYearStaffGrant,
  hourLeaveAllowed,
  hourLeaveCapHours,
  regularStaffGrant,
} from './annual-leave';

describe('年次有給休暇', () => {
  const fullWeek = { daysPerWeek: 5, weeklyMinutes: 38 * 60 + 45, attendedEightyPercent: true };

  it.each([
    [5, 0],
    [6, 10],
    [17, 10],
    [18, 11],
    [30, 12],
    [42, 14],
    [54, 16],
    [66, 18],
    [78, 20],
    [200, 20],
  ])('full-time week, %i months of service → %i days', (serviceMonths, days) => {
    expect(fiscalYearStaffGrant({ ...fullWeek, serviceMonths })).toBe(days);
  });

  it.each([
    // days per week, weekly minutes, months, expected (労基法施行規則24条の3 table)
    [4, 29 * 60, 6, 7],
    [4, 29 * 60, 78, 15],
    [3, 18 * 60, 6, 5],
    [3, 18 * 60, 30, 6],
    [3, 18 * 60, 78, 11],
    [2, 12 * 60, 42, 5],
    [1, 6 * 60, 6, 1],
    [1, 6 * 60, 78, 3],
    [4, 30 * 60, 6, 10], // 30 hours a week or more: the full grant whatever the days
  ])('%i days a week (%i min) after %i months → %i days', (daysPerWeek, weeklyMinutes, serviceMonths, days) => {
    expect(fiscalYearStaffGrant({ daysPerWeek, weeklyMinutes, serviceMonths, attendedEightyPercent: true })).toBe(days);
  });

  it('grants nothing without 80% attendance, and refuses an impossible week', () => {
    expect(fiscalYearStaffGrant({ ...fullWeek, serviceMonths: 18, attendedEightyPercent: false })).toBe(0);
    expect(() => fiscalYearStaffGrant({ ...fullWeek, daysPerWeek: 0, serviceMonths: 6 })).toThrow('1〜7日');
  });

  it.each([
    [2026, '2020-04-01', 20],
    [2026, '2026-01-05', 20],
    [2026, '2026-04-01', 15],
    [2026, '2026-10-01', 5],
    [2026, '2026-12-01', 2],
    [2026, '2027-04-01', 0],
  ])('regular staff in %i hired %s → %i days', (year, hired, days) => {
    expect(regularStaffGrant(year, hired)).toBe(days);
  });

  it.each([
    [0, 0],
    [7.5, 7.5],
    [20, 20],
    [23, 20],
    [-1, 0],
  ])('carries %d unused days as %d', (unused, carried) => {
    expect(carryOver(unused)).toBe(carried);
  });

  it.each([
    [7 * 60 + 45, 40],
    [8 * 60, 40],
    [6 * 60, 30],
    [4 * 60 + 1, 25],
  ])('hour leave of a %i-minute day is capped at %i hours a year', (minutes, hours) => {
    expect(hourLeaveCapHours(minutes)).toBe(hours);
  });

  it('allows hour leave up to the cap and not an hour beyond', () => {
    expect(hourLeaveAllowed(38, 2, 7 * 60 + 45)).toBe(true);
    expect(hourLeaveAllowed(39, 2, 7 * 60 + 45)).toBe(false);
  });
});
