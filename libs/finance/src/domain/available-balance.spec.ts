import { lineBalance } from './available-balance';

describe('lineBalance', () => {
  it.each([
    // budget, reserved, committed, paid → unpaid, available
    [1_000_000, 0, 0, 0, 0, 1_000_000],
    [1_000_000, 300_000, 0, 0, 0, 700_000],
    [1_000_000, 0, 400_000, 0, 400_000, 600_000],
    [1_000_000, 0, 400_000, 150_000, 250_000, 600_000],
    [1_000_000, 0, 400_000, 400_000, 0, 600_000],
    [1_000_000, 100_000, 400_000, 150_000, 250_000, 500_000],
    [1_000_000, 1_000_000, 0, 0, 0, 0],
    // A 減額補正 below what is already spent leaves a negative balance: shown, never hidden.
    [300_000, 0, 400_000, 0, 400_000, -100_000],
  ])(
    'budget %d, reserved %d, committed %d, paid %d → unpaid %d, available %d',
    (budget, reserved, committed, paid, unpaid, available) => {
      expect(lineBalance({ budget, reserved, committed, paid })).toEqual({
        budget,
        reserved,
        committed,
        paid,
        unpaid,
        available,
      });
    },
  );
});
