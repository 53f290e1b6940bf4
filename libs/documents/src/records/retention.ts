import { fiscalYearOf } from '@ringi/platform';

/**
 * 保存期間: a record file is kept from 1 April after the fiscal year (年度) in which it was completed, for
 * its retention period; a file completed in 令和7年度 kept 5 years runs from 2026-04-01 to 2031-03-31.
 * Permanent (常用・永年) files have no end and are never listed for disposal.
 */
export type CalendarDate = string;

export const RETENTION_YEARS = [1, 3, 5, 10, 30] as const;
export type RetentionPeriod = (typeof RETENTION_YEARS)[number] | 'permanent';

/** What happens when retention ends: disposal (廃棄) or transfer to the archives (移管). */
export type EndAction = 'dispose' | 'transfer';

export interface RetentionSpan {
  from: CalendarDate;
  /** Last day of retention; null for permanent files. */
  to: CalendarDate | null;
}

export function retentionSpan(completedOn: CalendarDate, period: RetentionPeriod): RetentionSpan {
  const startYear = fiscalYearOf(completedOn) + 1;
  const from = `${startYear}-04-01`;
  if (period === 'permanent') return { from, to: null };
  if (!RETENTION_YEARS.includes(period))
    throw new RangeError(`保存期間は ${RETENTION_YEARS.join('・')} 年または永年です`);
  return { from, to: `${startYear + period}-03-31` };
}

/** Whether retention has ended on `today` (the day after its last day), so the yearly run lists the file. */
export function retentionEnded(span: RetentionSpan, today: CalendarDate): boolean {
  return span.to !== null && today > span.to;
}
