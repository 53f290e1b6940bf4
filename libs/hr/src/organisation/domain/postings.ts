import { dateInRange, type CalendarDate } from './dates';

/** A period of a posting: both dates inclusive, endDate null = open-ended. */
export interface Period {
  startDate: CalendarDate;
  endDate: CalendarDate | null;
}

export interface PostingPeriod extends Period {
  id?: number;
  unitId: number;
  positionId: number;
  concurrent: boolean;
}

export function isValidPeriod(p: Period): boolean {
  return p.endDate === null || p.startDate <= p.endDate;
}

/** Two inclusive periods share at least one day. */
export function periodsOverlap(a: Period, b: Period): boolean {
  const aEndsBeforeB = a.endDate !== null && a.endDate < b.startDate;
  const bEndsBeforeA = b.endDate !== null && b.endDate < a.startDate;
  return !aEndsBeforeB && !bEndsBeforeA;
}

export function periodCovers(p: Period, date: CalendarDate): boolean {
  return dateInRange(date, p.startDate, p.endDate);
}

export type PostingConflict =
  /** Two main (non-concurrent) postings of one staff member on the same day. */
  | { kind: 'main-overlap'; with: PostingPeriod }
  /** The same post (unit + position) held twice by one staff member on the same day. */
  | { kind: 'same-post-overlap'; with: PostingPeriod };

/**
 * The rule for the postings of one staff member: at most one main (本務) posting on any date, and
 * never the same post twice at once. Concurrent posts (兼務) may overlap anything else.
 * `existing` are that staff member's other postings (the candidate itself excluded by id).
 */
export function findPostingConflict(
  existing: readonly PostingPeriod[],
  candidate: PostingPeriod,
): PostingConflict | null {
  for (const other of existing) {
    if (candidate.id !== undefined && other.id === candidate.id) continue;
    if (!periodsOverlap(other, candidate)) continue;
    if (!candidate.concurrent && !other.concurrent) return { kind: 'main-overlap', with: other };
    if (other.unitId === candidate.unitId && other.positionId === candidate.positionId) {
      return { kind: 'same-post-overlap', with: other };
    }
  }
  return null;
}

export function formatPeriod(p: Period): string {
  return `${p.startDate}〜${p.endDate ?? ''}`;
}
