export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export interface LockoutState {
  failedLoginCount: number;
  lockedUntil: Date | null;
}

/** After a failed attempt: count it, and lock for LOCKOUT_MINUTES once MAX_FAILED_LOGINS is reached. */
export function afterFailedLogin(state: LockoutState, now: Date): LockoutState {
  const count = state.failedLoginCount + 1;
  if (count >= MAX_FAILED_LOGINS) {
    return { failedLoginCount: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) };
  }
  return { failedLoginCount: count, lockedUntil: state.lockedUntil };
}

/** Seconds until the lock ends, or 0 when the account is not locked at `now`. */
export function secondsLocked(lockedUntil: Date | null, now: Date): number {
  if (!lockedUntil) return 0;
  return Math.max(0, Math.ceil((new Date(lockedUntil).getTime() - now.getTime()) / 1000));
}
