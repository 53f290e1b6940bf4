import { lockDecision } from './lock-decision';

describe('締め済みの月のロック', () => {
  it.each([
    ['no month row yet', null, false, null, 'open'],
    ['an open month', 'open', false, null, 'open'],
    ['a submitted month', 'submitted', false, null, 'open'],
    ['an approved month', 'approved', false, null, 'open'],
    ['a closed month, staff or supervisor', 'closed', false, null, 'locked'],
    ['a closed month, staff giving a reason', 'closed', false, '訂正', 'locked'],
    ['a closed month, HR without a reason', 'closed', true, null, 'reasonRequired'],
    ['a closed month, HR with a blank reason', 'closed', true, '  ', 'reasonRequired'],
    ['a closed month, HR with a reason', 'closed', true, '打刻誤りの訂正', 'audited'],
  ] as const)('%s → %s', (_name, status, byHr, reason, expected) => {
    expect(lockDecision(status, byHr, reason)).toBe(expected);
  });
});
