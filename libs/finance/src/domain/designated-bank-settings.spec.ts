import { checkDesignatedBank, type DesignatedBankInput } from './designated-bank-settings';

const valid: DesignatedBankInput = {
  requesterCode: '0000012345',
  nameKana: 'みなとし かいけいかんりしゃ',
  bankCode: '0158',
  bankNameKana: 'ミナトギンコウ',
  branchCode: '001',
  branchNameKana: 'ｼﾔｸｼﾖ',
  accountType: 'current',
  accountNumber: '0000123',
};

describe('designated bank settings (指定金融機関)', () => {
  it('normalises names to bank kana', () => {
    const checked = checkDesignatedBank(valid);
    expect(checked).toEqual({
      ok: true,
      requester: expect.objectContaining({
        nameKana: 'ﾐﾅﾄｼ ｶｲｹｲｶﾝﾘｼﾔ',
        bankNameKana: 'ﾐﾅﾄｷﾞﾝｺｳ',
        branchNameKana: 'ｼﾔｸｼﾖ',
      }),
    });
  });

  it.each([
    ['requesterCode', '12345', '依頼人コードは半角数字10桁'],
    ['requesterCode', '１２３４５６７８９０', '依頼人コードは半角数字10桁'],
    ['nameKana', '港市会計管理者', '依頼人名はカナ'],
    ['nameKana', 'ア'.repeat(41), '依頼人名は半角40文字以内'],
    ['bankCode', '158', '金融機関コードは半角数字4桁'],
    ['bankNameKana', 'ガ'.repeat(8), '金融機関名は半角15文字以内'],
    ['branchCode', '0001', '支店コードは半角数字3桁'],
    ['branchNameKana', '', '支店名はカナ'],
    ['accountType', 'savings', '預金種目'],
    ['accountNumber', '123456', '口座番号は半角数字7桁'],
  ])('refuses %s = %j with a message', (field, value, message) => {
    const checked = checkDesignatedBank({ ...valid, [field]: value });
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.problems).toEqual([{ field, messages: [expect.stringContaining(message)] }]);
    }
  });
});
