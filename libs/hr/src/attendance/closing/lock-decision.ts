import type { MonthStatus } from '../entities/attendance-month.entity';

/**
 * open: the change goes ahead; locked: refused (409); reasonRequired: HR must give a reason (400);
 * audited: HR changes a closed month with a reason, which goes to the audit trail.
 */
export type LockDecision = 'open' | 'locked' | 'reasonRequired' | 'audited';

/** Whether a change to a day of a month with `status` may go ahead. Only a closed month is locked. */
export function lockDecision(
  status: MonthStatus | null,
  byHr: boolean,
  reason: string | null | undefined,
): LockDecision {
  if (status !== 'closed') return 'open';
  if (!byHr) return 'locked';
  return reason?.trim() ? 'audited' : 'reasonRequired';
}
