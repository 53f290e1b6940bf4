import type { FieldProblem } from '@ringi/platform';
import { ACCOUNT_TYPES, type AccountType } from './bank-account';
import type { TransferRequester } from './zengin-transfer-file';
import { toZenginKana } from './zengin-kana';

/** Widths of the Zengin header fields the settings fill (依頼人名 40, 銀行名・支店名 15 bytes each). */
const NAME_KANA_MAX = 40;
const BANK_NAME_KANA_MAX = 15;

export type DesignatedBankInput = Record<keyof TransferRequester, string>;

export type DesignatedBankCheck = { ok: true; requester: TransferRequester } | { ok: false; problems: FieldProblem[] };

/**
 * Checks the designated bank's settings as the Zengin header will carry them: codes as fixed digits, names in
 * bank kana (hiragana and full-width katakana are converted) within their field widths.
 */
export function checkDesignatedBank(input: DesignatedBankInput): DesignatedBankCheck {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, messages: [message] });
  const kana = (field: keyof TransferRequester, label: string, max: number): string => {
    const value = toZenginKana(input[field]);
    if (value === null || value.length === 0)
      problem(field, `${label}はカナ（全角・半角）、英大文字、数字で入力してください`);
    else if (value.length > max) problem(field, `${label}は半角${max}文字以内にしてください（濁点も1文字です）`);
    return value ?? '';
  };
  if (!/^\d{10}$/.test(input.requesterCode)) problem('requesterCode', '依頼人コードは半角数字10桁で入力してください');
  const nameKana = kana('nameKana', '依頼人名', NAME_KANA_MAX);
  if (!/^\d{4}$/.test(input.bankCode)) problem('bankCode', '金融機関コードは半角数字4桁で入力してください');
  const bankNameKana = kana('bankNameKana', '金融機関名', BANK_NAME_KANA_MAX);
  if (!/^\d{3}$/.test(input.branchCode)) problem('branchCode', '支店コードは半角数字3桁で入力してください');
  const branchNameKana = kana('branchNameKana', '支店名', BANK_NAME_KANA_MAX);
  if (!(ACCOUNT_TYPES as readonly string[]).includes(input.accountType)) {
    problem('accountType', '預金種目は普通（ordinary）または当座（current）を指定してください');
  }
  if (!/^\d{7}$/.test(input.accountNumber)) problem('accountNumber', '口座番号は半角数字7桁で入力してください');
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    requester: {
      requesterCode: input.requesterCode,
      nameKana,
      bankCode: input.bankCode,
      bankNameKana,
      branchCode: input.branchCode,
      branchNameKana,
      accountType: input.accountType as AccountType,
      accountNumber: input.accountNumber,
    },
  };
}
