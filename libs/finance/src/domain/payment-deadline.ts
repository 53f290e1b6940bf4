/**
 * 政府契約の支払遅延防止法 (Act on Prevention of Delay in Payment under Government Contracts, applied to local
 * governments by its article 14): payment is due within 40 days of a proper invoice for works (工事) and within
 * 30 days for everything else (第6条). The days are calendar days counted from the day after the invoice
 * reaches the city. These are the statutory maxima; a contract may agree a shorter period.
 */
export const STATUTORY_PAYMENT_DAYS = { works: 40, other: 30 } as const;

/**
 * How many days before the statutory deadline an order counts as at risk: the accounting office's examination
 * and the bank's transfer run take about a week.
 */
export const PAYMENT_RISK_MARGIN_DAYS = 7;

export type PaymentDeadlineWarning = 'dueAfterDeadline' | 'deadlineAtRisk' | 'deadlinePassed';

export interface PaymentDeadline {
  /** The last lawful payment date (YYYY-MM-DD). */
  deadline: string;
  warnings: PaymentDeadlineWarning[];
}

const DAY = 24 * 60 * 60 * 1000;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/**
 * The statutory deadline of a payment and what is wrong with its timing: a due date after the deadline, a
 * deadline less than the risk margin away (or already passed) while the order is not yet paid.
 */
export function paymentDeadline(input: {
  kind: string;
  invoiceDate: string;
  dueDate: string;
  today: string;
}): PaymentDeadline {
  const days = input.kind === 'works' ? STATUTORY_PAYMENT_DAYS.works : STATUTORY_PAYMENT_DAYS.other;
  const deadline = addDays(input.invoiceDate, days);
  const warnings: PaymentDeadlineWarning[] = [];
  if (input.dueDate > deadline) warnings.push('dueAfterDeadline');
  const left = daysBetween(input.today, deadline);
  if (left < 0) warnings.push('deadlinePassed');
  else if (left < PAYMENT_RISK_MARGIN_DAYS) warnings.push('deadlineAtRisk');
  return { deadline, warnings };
}

export const PAYMENT_DEADLINE_WARNING_LABELS: Record<PaymentDeadlineWarning, string> = {
  dueAfterDeadline: '支払予定日が支払遅延防止法の支払期限を過ぎています',
  deadlineAtRisk: `支払期限まで${PAYMENT_RISK_MARGIN_DAYS}日を切っています`,
  deadlinePassed: '支払期限を過ぎています',
};
