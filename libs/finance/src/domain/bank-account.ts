import type { FieldProblem } from '@ringi/platform';
import { toZenginKana } from './zengin-kana';

/** 預金種目: the Zengin codes are 1 普通, 2 当座. */
export const ACCOUNT_TYPES = ['ordinary', 'current'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];
export const ACCOUNT_TYPE_CODES: Record<AccountType, string> = { ordinary: '1', current: '2' };
export const ACCOUNT_TYPE_LABELS: Record<AccountType, string> = { ordinary: '普通', current: '当座' };

/** The 受取人名 field of a Zengin data record is 30 bytes. */
export const HOLDER_KANA_MAX = 30;

export interface BankAccountInput {
  bankCode: string;
  branchCode: string;
  accountType: string;
  accountNumber: string;
  holderKana: string;
}

export interface BankAccount {
  bankCode: string;
  branchCode: string;
  accountType: AccountType;
  accountNumber: string;
  /** Half-width katakana, as the transfer file carries it. */
  holderKana: string;
}

export type BankAccountCheck = { ok: true; account: BankAccount } | { ok: false; problems: FieldProblem[] };

/** Checks a payee's bank account and normalises the holder's name to Zengin kana. */
export function checkBankAccount(input: BankAccountInput): BankAccountCheck {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, messages: [message] });
  if (!/^\d{4}$/.test(input.bankCode)) problem('bankCode', '金融機関コードは半角数字4桁で入力してください');
  if (!/^\d{3}$/.test(input.branchCode)) problem('branchCode', '支店コードは半角数字3桁で入力してください');
  if (!(ACCOUNT_TYPES as readonly string[]).includes(input.accountType)) {
    problem('accountType', '預金種目は普通（ordinary）または当座（current）を指定してください');
  }
  if (!/^\d{7}$/.test(input.accountNumber)) problem('accountNumber', '口座番号は半角数字7桁で入力してください');
  const holderKana = toZenginKana(input.holderKana);
  if (holderKana === null || holderKana.length === 0) {
    problem('holderKana', '口座名義はカナ（全角・半角）、英大文字、数字で入力してください');
  } else if (holderKana.length > HOLDER_KANA_MAX) {
    problem('holderKana', `口座名義は半角${HOLDER_KANA_MAX}文字以内にしてください（濁点も1文字です）`);
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    account: {
      bankCode: input.bankCode,
      branchCode: input.branchCode,
      accountType: input.accountType as AccountType,
      accountNumber: input.accountNumber,
      holderKana: holderKana!,
    },
  };
}
