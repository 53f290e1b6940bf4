// Finance's codes in Japanese. The pure rules come from libs/finance, so the screens say what the API decides.
export { formatYen } from '../../../../libs/finance/src/domain/money';
export { COMMITMENT_KINDS, COMMITMENT_KIND_LABELS } from '../../../../libs/finance/src/domain/commitment-kinds';
export { paymentDeadline, PAYMENT_DEADLINE_WARNING_LABELS } from '../../../../libs/finance/src/domain/payment-deadline';

export const COMMITMENT_STATUS_LABELS: Record<string, string> = {
  draft: '起案中',
  submitted: '決裁待ち（予算予約中）',
  decided: '決裁済み',
  rejected: '却下',
  withdrawn: '取下げ',
};

export const PAYMENT_ORDER_STATUS_LABELS: Record<string, string> = {
  examining: '審査中',
  sentBack: '差戻し',
  approved: '審査済み（振込待ち）',
  paid: '支払済み',
  rejected: '却下',
  withdrawn: '取下げ',
};

export const PAYMENT_ORDER_KIND_LABELS: Record<string, string> = {
  ordinary: '通常払',
  advance: '概算払',
  settlement: '精算',
};

/** The 会計室's step of the payment-order route (seeds/bpmn/payment-order.bpmn). */
export const EXAMINATION_STEP = 'examination';

export const ATTACHMENT_KINDS = ['見積書', '契約書', '請求書'] as const;

/** The whole-yen figure of a text field: digits only, so a pasted "1,200円" reads as 1200. */
export function yenOf(text: string): number | null {
  const digits = text.replace(/[,，円\s]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : null;
}

/** 2026 → 令和8年度 (the fiscal year named by the calendar year it starts in). */
export function fiscalYearLabel(year: number): string {
  if (year < 2019) return `${year}年度`;
  const reiwa = year - 2018;
  return `令和${reiwa === 1 ? '元' : reiwa}年度`;
}

/** Amounts line up on the right, on one line, as in a budget book. */
export const AMOUNT_CELL = { textAlign: 'right', whiteSpace: 'nowrap' } as const;

/** A setter that also clears the field's error, so a corrected field no longer shows the old message. */
export function clearingError<T>(
  field: string,
  set: (value: T) => void,
  setErrors: (update: (errors: Record<string, string>) => Record<string, string>) => void,
) {
  return (value: T) => {
    set(value);
    setErrors(({ [field]: _cleared, ...rest }) => rest);
  };
}

/** The API's messages by field, for showing each next to its field. */
export function fieldErrorsOf(fields: readonly { field: string; messages: string[] }[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f.field, f.messages.join(' ')]));
}
