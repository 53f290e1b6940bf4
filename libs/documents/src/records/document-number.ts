/**
 * 文書番号: the section's document symbol, 第, a sequence per fiscal year, 号 — e.g. 港総第123号. The sequence
 * itself is kept in the database (one counter row per symbol and fiscal year, taken under a row lock).
 */
export function formatDocumentNumber(docSymbol: string, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError('文書番号の連番は1以上の整数です');
  if (docSymbol.trim() === '') throw new RangeError('文書記号がありません');
  return `${docSymbol}第${sequence}号`;
}
