import { lineBalance } from './available-balance';
import { groupBySection } from './section-totals';

const line = (unitId: number, budget: number, reserved: number, committed: number, paid: number) => ({
  unitId,
  unitName: unitId === 1 ? '総務課' : '財政課',
  balance: lineBalance({ budget, reserved, committed, paid }),
});

describe('groupBySection', () => {
  it.each([
    [[], []],
    [
      [line(1, 100, 10, 20, 5)],
      [{ unitId: 1, totals: { budget: 100, reserved: 10, committed: 20, paid: 5, unpaid: 15, available: 70 } }],
    ],
    [
      [line(1, 100, 10, 20, 5), line(2, 50, 0, 0, 0), line(1, 200, 0, 100, 100)],
      [
        { unitId: 1, totals: { budget: 300, reserved: 10, committed: 120, paid: 105, unpaid: 15, available: 170 } },
        { unitId: 2, totals: { budget: 50, reserved: 0, committed: 0, paid: 0, unpaid: 0, available: 50 } },
      ],
    ],
  ])('%# adds up each section in the order its lines come', (lines, expected) => {
    const sections = groupBySection(lines);
    expect(sections.map(({ unitId, totals }) => ({ unitId, totals }))).toEqual(expected);
    expect(sections.reduce((n, s) => n + s.lines.length, 0)).toBe(lines.length);
  });
});
