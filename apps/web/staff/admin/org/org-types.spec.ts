import { postingState } from './org-types';

describe('postingState', () => {
  it.each([
    ['2026-04-01', null, '2026-05-01', 'current'],
    ['2026-04-01', '2026-05-01', '2026-05-01', 'current'],
    ['2026-05-02', null, '2026-05-01', 'planned'],
    ['2026-04-01', '2026-04-30', '2026-05-01', 'ended'],
  ])('from %s to %s on %s is %s', (startDate, endDate, today, expected) => {
    expect(postingState({ startDate, endDate }, today)).toBe(expected);
  });
});
