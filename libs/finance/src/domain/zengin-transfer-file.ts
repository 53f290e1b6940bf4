import iconv from 'iconv-lite';
import { ACCOUNT_TYPE_CODES, type AccountType } from './bank-account';
import { toZenginKana } from './zengin-kana';

/**
 * 全銀協規定 総合振込 (Zengin bulk transfer) file: fixed-length 120-byte records in Shift_JIS, CRLF after each:
 * one header (データ区分 1), one data record (2) per transfer, a trailer (8) with count and total, an end
 * record (9). Every field is single-byte, so a field's character count is its byte count.
 */
export const ZENGIN_RECORD_BYTES = 120;

/** The city as 振込依頼人 at its designated bank (指定金融機関). */
export interface TransferRequester {
  /** 委託者コード assigned by the bank, 10 digits. */
  requesterCode: string;
  nameKana: string;
  bankCode: string;
  bankNameKana: string;
  branchCode: string;
  branchNameKana: string;
  accountType: AccountType;
  accountNumber: string;
}

export interface Transfer {
  bankCode: string;
  bankNameKana: string;
  branchCode: string;
  branchNameKana: string;
  accountType: AccountType;
  accountNumber: string;
  holderKana: string;
  amount: number;
  /** 顧客コード1: the payment order number, so the bank's report can be matched back. */
  customerCode: string;
}

export class ZenginFieldError extends Error {}

/** Left-aligned text padded with spaces (X fields); names are converted to Zengin kana first. */
function text(value: string, width: number, field: string): string {
  const kana = toZenginKana(value);
  if (kana === null) throw new ZenginFieldError(`${field}に全銀フォーマットで使えない文字があります: ${value}`);
  if (kana.length > width) throw new ZenginFieldError(`${field}が${width}桁を超えています: ${kana}`);
  return kana.padEnd(width, ' ');
}

/** Right-aligned digits padded with zeros (N fields). */
function digits(value: string | number, width: number, field: string): string {
  const s = String(value);
  if (!/^\d+$/.test(s) || s.length > width) throw new ZenginFieldError(`${field}は${width}桁以内の数字です: ${s}`);
  return s.padStart(width, '0');
}

const blank = (width: number) => ' '.repeat(width);

function record(fields: string[]): string {
  const line = fields.join('');
  if (line.length !== ZENGIN_RECORD_BYTES) throw new Error(`Zengin record of ${line.length} bytes`);
  return line;
}

export function headerRecord(requester: TransferRequester, transferDate: string): string {
  return record([
    '1', // データ区分: ヘッダー
    '21', // 種別コード: 総合振込
    '0', // コード区分: Shift_JIS
    digits(requester.requesterCode, 10, '委託者コード'),
    text(requester.nameKana, 40, '委託者名'),
    transferDate.slice(5, 7) + transferDate.slice(8, 10), // 取組日 MMDD
    digits(requester.bankCode, 4, '仕向銀行番号'),
    text(requester.bankNameKana, 15, '仕向銀行名'),
    digits(requester.branchCode, 3, '仕向支店番号'),
    text(requester.branchNameKana, 15, '仕向支店名'),
    ACCOUNT_TYPE_CODES[requester.accountType], // 預金種目（依頼人）
    digits(requester.accountNumber, 7, '口座番号（依頼人）'),
    blank(17),
  ]);
}

export function dataRecord(transfer: Transfer): string {
  return record([
    '2', // データ区分: データ
    digits(transfer.bankCode, 4, '被仕向銀行番号'),
    text(transfer.bankNameKana, 15, '被仕向銀行名'),
    digits(transfer.branchCode, 3, '被仕向支店番号'),
    text(transfer.branchNameKana, 15, '被仕向支店名'),
    blank(4), // 手形交換所番号: unused for transfers
    ACCOUNT_TYPE_CODES[transfer.accountType],
    digits(transfer.accountNumber, 7, '口座番号'),
    text(transfer.holderKana, 30, '受取人名'),
    digits(transfer.amount, 10, '振込金額'),
    '0', // 新規コード: none
    text(transfer.customerCode, 10, '顧客コード1'),
    blank(10), // 顧客コード2
    '7', // 振込指定区分: テレ振込
    ' ', // 識別表示: no EDI
    blank(7),
  ]);
}

export function trailerRecord(count: number, total: number): string {
  return record(['8', digits(count, 6, '合計件数'), digits(total, 12, '合計金額'), blank(101)]);
}

export function endRecord(): string {
  return record(['9', blank(119)]);
}

/** The whole file as the bank takes it: Shift_JIS bytes, CRLF after every record. */
export function zenginTransferFile(requester: TransferRequester, transferDate: string, transfers: Transfer[]): Buffer {
  for (const t of transfers) {
    if (!Number.isSafeInteger(t.amount) || t.amount <= 0) throw new ZenginFieldError(`振込金額が不正です: ${t.amount}`);
  }
  const total = transfers.reduce((sum, t) => sum + t.amount, 0);
  const records = [
    headerRecord(requester, transferDate),
    ...transfers.map(dataRecord),
    trailerRecord(transfers.length, total),
    endRecord(),
  ];
  return iconv.encode(records.map((r) => `${r}\r\n`).join(''), 'Shift_JIS');
}
