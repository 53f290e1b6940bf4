const HOUR_MS = 60 * 60 * 1000;
/** A shift is never longer than this: a later punch cannot end it. */
export const MAX_SHIFT_MS = 24 * HOUR_MS;
/** How early before today's scheduled start a punch may be an early arrival rather than last night's leaving. */
export const EARLY_ARRIVAL_MS = 2 * HOUR_MS;

/**
 * Whether a punch at `at` ends the shift of the day before, still open since `openSince` (a night shift, or
 * overtime past midnight): within 24 hours of its clock-in and, when today has a scheduled start, more than
 * two hours before it. A regular worker who forgot yesterday's clock-out and touches the card at 8:20 for
 * an 8:30 start clocks in today instead of closing yesterday with a 24-hour day.
 */
export function endsPreviousShift(at: Date, openSince: Date, todayStart: Date | null): boolean {
  if (!(at.getTime() - openSince.getTime() < MAX_SHIFT_MS)) return false;
  return todayStart === null || at.getTime() < todayStart.getTime() - EARLY_ARRIVAL_MS;
}
