import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';

/** The columns of the historic permits CSV, as clerks label them in Excel. */
export const HISTORIC_COLUMNS = {
  permitNumber: '許可番号',
  permittedOn: '許可日',
  categoryCode: '区分コード',
  holderName: '占用者',
  holderAddress: '占用者住所',
  contact: '連絡先',
  address: '場所',
  roadName: '路線名',
  geometry: '位置',
  quantity: '数量',
  periodFrom: '始期',
  periodTo: '終期',
  fields: '項目',
  fileName: 'PDFファイル名',
} as const;
type Column = keyof typeof HISTORIC_COLUMNS;
/** Columns a file may leave out (blank cells). */
const OPTIONAL: readonly Column[] = ['contact', 'fields'];

/** A row as read from the CSV: its number in the file (the header is row 1) and its cells by column. */
export interface CsvRow {
  rowNumber: number;
  cells: Record<Column, string>;
}

/** A historic permit as the row states it, every value of the right shape (not yet checked against data). */
export interface HistoricPermit {
  rowNumber: number;
  permitNumber: string;
  symbol: string;
  sequence: number;
  permittedOn: string;
  categoryCode: string;
  holderName: string;
  holderAddress: string;
  contact: string;
  address: string;
  roadName: string;
  geometry: unknown;
  quantity: number;
  periodFrom: string;
  periodTo: string;
  fields: Record<string, unknown>;
  fileName: string;
}

export class CsvFormatError extends Error {
  override readonly name = 'CsvFormatError';
}

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise Shift_JIS as Excel saves it. */
export function decodeCsv(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, 'Shift_JIS');
  }
}

/** The rows of the file; a file that is not CSV or lacks a column fails as a whole. */
export function readHistoricCsv(bytes: Buffer): CsvRow[] {
  let records: string[][];
  try {
    records = parse(decodeCsv(bytes), { relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new CsvFormatError(`CSVとして読めません（${(error as Error).message}）。`);
  }
  const [header, ...rows] = records;
  if (!header) throw new CsvFormatError('CSVが空です。');
  const index = Object.fromEntries(
    (Object.entries(HISTORIC_COLUMNS) as Array<[Column, string]>).map(([key, label]) => [key, header.indexOf(label)]),
  ) as Record<Column, number>;
  const missing = (Object.keys(index) as Column[]).filter((key) => index[key] < 0 && !OPTIONAL.includes(key));
  if (missing.length > 0) {
    throw new CsvFormatError(`CSVに列「${missing.map((key) => HISTORIC_COLUMNS[key]).join('」「')}」がありません。`);
  }
  return rows.map((row, i) => ({
    rowNumber: i + 2,
    cells: Object.fromEntries(
      (Object.keys(index) as Column[]).map((key) => [key, index[key] >= 0 ? (row[index[key]] ?? '') : '']),
    ) as Record<Column, string>,
  }));
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: string) =>
  DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

/** The row as a historic permit, or what is wrong with it, in Japanese, one message per problem. */
export function historicPermitOf(row: CsvRow): { permit: HistoricPermit } | { problems: string[] } {
  const { cells } = row;
  const problems: string[] = [];
  const required: Column[] = ['holderName', 'holderAddress', 'address', 'roadName', 'categoryCode', 'fileName'];
  for (const key of required) if (!cells[key]) problems.push(`${HISTORIC_COLUMNS[key]}が空です`);
  const number = /^(.{1,20})第([1-9]\d{0,6})号$/.exec(cells.permitNumber);
  if (!number) problems.push(`許可番号「${cells.permitNumber}」は「港道占第123号」の形で書いてください`);
  for (const key of ['permittedOn', 'periodFrom', 'periodTo'] as const) {
    if (!isDate(cells[key]))
      problems.push(`${HISTORIC_COLUMNS[key]}「${cells[key]}」は YYYY-MM-DD の日付で書いてください`);
  }
  const quantity = Number(cells.quantity);
  if (!cells.quantity || !Number.isFinite(quantity) || quantity <= 0) {
    problems.push(`数量「${cells.quantity}」は0より大きい数で書いてください`);
  }
  const geometry = json(cells.geometry);
  if (geometry === undefined) problems.push('位置はGeoJSONのジオメトリ（JSON）で書いてください');
  const fields = cells.fields ? json(cells.fields) : {};
  if (!fields || typeof fields !== 'object' || Array.isArray(fields)) {
    problems.push('項目は区分ごとの項目をJSONのオブジェクトで書いてください');
  }
  for (const key of ['holderName', 'address'] as const) {
    if (cells[key].length > 200) problems.push(`${HISTORIC_COLUMNS[key]}は200文字以内にしてください`);
  }
  if (problems.length > 0 || !number) return { problems };
  return {
    permit: {
      rowNumber: row.rowNumber,
      permitNumber: cells.permitNumber,
      symbol: number[1],
      sequence: Number(number[2]),
      permittedOn: cells.permittedOn,
      categoryCode: cells.categoryCode,
      holderName: cells.holderName,
      holderAddress: cells.holderAddress,
      contact: cells.contact,
      address: cells.address,
      roadName: cells.roadName,
      geometry,
      quantity,
      periodFrom: cells.periodFrom,
      periodTo: cells.periodTo,
      fields: fields as Record<string, unknown>,
      fileName: cells.fileName,
    },
  };
}

function json(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
