import { afterFailedLogin, secondsLocked, MAX_FAILED_LOGINS, LOCKOUT_MINUTES } from './lockout-policy';

const now = new Date('2026-04-01T09:00:00Z');

describe('lockout policy', () => {
  it.each([
    [0, 1, false],
    [3, 4, false],
    [MAX_FAILED_LOGINS - 1, 0, true],
  ])('after %i failures a further failure counts %i (locked: %s)', (before, after, locked) => {
    const next = afterFailedLogin({ failedLoginCount: before, lockedUntil: null }, now);
    expect(next.failedLoginCount).toBe(after);
    expect(next.lockedUntil !== null).toBe(locked);
    if (locked) expect(next.lockedUntil!.getTime() - now.getTime()).toBe(LOCKOUT_MINUTES * 60_000);
  });

  it.each([
    [null, 0],
    [new Date('2026-04-01T08:59:00Z'), 0],
    [new Date('2026-04-01T09:00:00.500Z'), 1],
    [new Date('2026-04-01T09:15:00Z'), 900],
  ])('locked until %s leaves %i seconds', (until, seconds) => {
    expect(secondsLocked(until, now)).toBe(seconds);
  });
});
