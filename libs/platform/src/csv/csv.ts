import iconv from 'iconv-lite';

export type CsvEncoding = 'utf-8' | 'shift_jis';

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined | Date;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString() : String(value);
  // Excel treats a leading = + - @ as a formula; a quote mark keeps it text (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV that opens cleanly in Excel: CRLF lines; UTF-8 with a BOM, or Shift_JIS on request. */
export function toCsv<T>(rows: Iterable<T>, columns: CsvColumn<T>[], encoding: CsvEncoding = 'utf-8'): Buffer {
  const lines = [columns.map((c) => cell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => cell(c.value(row))).join(','));
  const text = lines.join('\r\n') + '\r\n';
  if (encoding === 'shift_jis') return iconv.encode(text, 'Shift_JIS');
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

export function csvContentType(encoding: CsvEncoding): string {
  return `text/csv; charset=${encoding === 'shift_jis' ? 'Shift_JIS' : 'UTF-8'}`;
}
