import { checkBankAccount } from './bank-account';
import { toZenginKana } from './zengin-kana';

describe('toZenginKana', () => {
  it.each([
    ['カ）ミナトショウジ', 'ｶ)ﾐﾅﾄｼﾖｳｼﾞ'],
    ['ｶ)ﾐﾅﾄｼｮｳｼﾞ', 'ｶ)ﾐﾅﾄｼﾖｳｼﾞ'],
    ['やまだ　たろう', 'ﾔﾏﾀﾞ ﾀﾛｳ'],
    ['ガギグゲゴ パピプペポ ヴ', 'ｶﾞｷﾞｸﾞｹﾞｺﾞ ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ ｳﾞ'],
    ['キャノン', 'ｷﾔﾉﾝ'],
    ['ｍｉｎａｔｏ １２３', 'MINATO 123'],
    ['コーヒー', 'ｺ-ﾋ-'],
    ['  ミナト   タロウ ', 'ﾐﾅﾄ ﾀﾛｳ'],
    ['山田太郎', null],
    ['ミナト＠', null],
  ])('%s → %s', (input, expected) => {
    expect(toZenginKana(input)).toBe(expected);
  });
});

describe('checkBankAccount', () => {
  const valid = {
    bankCode: '0001',
    branchCode: '123',
    accountType: 'ordinary',
    accountNumber: '1234567',
    holderKana: 'ミナト　タロウ',
  };

  it('accepts a valid account and normalises the holder', () => {
    expect(checkBankAccount(valid)).toEqual({ ok: true, account: { ...valid, holderKana: 'ﾐﾅﾄ ﾀﾛｳ' } });
  });

  it.each([
    ['bankCode', '001'],
    ['bankCode', '00011'],
    ['bankCode', '０００１'],
    ['branchCode', '12'],
    ['branchCode', '12a'],
    ['accountType', 'savings'],
    ['accountNumber', '123456'],
    ['accountNumber', '12345678'],
    ['holderKana', '山田'],
    ['holderKana', ''],
    ['holderKana', 'ア'.repeat(31)],
  ])('refuses %s = %j', (field, value) => {
    const result = checkBankAccount({ ...valid, [field]: value });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field)).toEqual([field]);
  });
});
