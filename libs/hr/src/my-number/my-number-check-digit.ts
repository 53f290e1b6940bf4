/**
 * 個人番号 (My Number) is 12 digits, the last a check digit computed from the first 11
 * (行政手続における特定の個人を識別するための番号の利用等に関する法律施行令 第8条).
 */
export function myNumberCheckDigit(first11: string): number {
  let sum = 0;
  for (let n = 1; n <= 11; n++) {
    const p = Number(first11[11 - n]);
    const q = n <= 6 ? n + 1 : n - 5;
    sum += p * q;
  }
  const remainder = sum % 11;
  return remainder <= 1 ? 0 : 11 - remainder;
}

export function isValidMyNumber(value: string): boolean {
  return /^\d{12}$/.test(value) && myNumberCheckDigit(value.slice(0, 11)) === Number(value[11]);
}
