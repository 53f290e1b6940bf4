/** Money is whole yen in a JavaScript number: safe up to 2^53 − 1, far above any city budget. */
export function isYen(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** A positive amount of whole yen, as commitments and payment orders need. */
export function isPositiveYen(value: unknown): value is number {
  return isYen(value) && value > 0;
}

/** 1234567 → "1,234,567円", as messages show amounts. */
export function formatYen(amount: number): string {
  return `${amount.toLocaleString('ja-JP')}円`;
}
