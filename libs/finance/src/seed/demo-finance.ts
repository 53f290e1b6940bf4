import type { AccountType } from '../domain/bank-account';
import type { TransferRequester } from '../domain/zengin-transfer-file';

/** Demo finance data for みなと市 (fictional): 総務課's lines of 令和8年度 and a few payees. Pure data. */
export interface FinanceSeed {
  lines: Array<{
    unitCode: string;
    fiscalYear: number;
    code: string;
    kan: string;
    kou: string;
    moku: string;
    setsu: string;
    initialAmount: number;
  }>;
  payees: Array<{
    name: string;
    address: string;
    bankCode: string;
    bankNameKana: string;
    branchCode: string;
    branchNameKana: string;
    accountType: AccountType;
    accountNumber: string;
    holderKana: string;
  }>;
  /** The city's account at its designated bank (指定金融機関); a real city enters what its bank assigned. */
  designatedBank: TransferRequester;
}

const general = (code: string, setsu: string, initialAmount: number) => ({
  unitCode: 'soumu-ka',
  fiscalYear: 2026,
  code: `02.01.01.${code}`,
  kan: '総務費',
  kou: '総務管理費',
  moku: '一般管理費',
  setsu,
  initialAmount,
});

export const DEMO_FINANCE: FinanceSeed = {
  designatedBank: {
    requesterCode: '0000012345',
    nameKana: 'ﾐﾅﾄｼ ｶｲｹｲｶﾝﾘｼﾔ',
    bankCode: '0158',
    bankNameKana: 'ﾐﾅﾄｷﾞﾝｺｳ',
    branchCode: '001',
    branchNameKana: 'ｼﾔｸｼﾖ',
    accountType: 'current',
    accountNumber: '0000123',
  },
  lines: [
    general('10', '需用費', 3_000_000),
    general('11', '役務費', 1_200_000),
    general('12', '委託料', 8_000_000),
    general('13', '使用料及び賃借料', 2_400_000),
    general('17', '備品購入費', 6_000_000),
  ],
  payees: [
    {
      name: '株式会社みなと商事',
      address: 'みなと市本町1-2-3',
      bankCode: '0158',
      bankNameKana: 'ﾐﾅﾄｷﾞﾝｺｳ',
      branchCode: '010',
      branchNameKana: 'ﾎﾝﾏﾁ',
      accountType: 'ordinary',
      accountNumber: '1234567',
      holderKana: 'ｶ)ﾐﾅﾄｼﾖｳｼﾞ',
    },
    {
      name: 'みなと印刷株式会社',
      address: 'みなと市港町4-5-6',
      bankCode: '0158',
      bankNameKana: 'ﾐﾅﾄｷﾞﾝｺｳ',
      branchCode: '020',
      branchNameKana: 'ﾐﾅﾄﾏﾁ',
      accountType: 'current',
      accountNumber: '0076543',
      holderKana: 'ﾐﾅﾄｲﾝｻﾂ(ｶ',
    },
    {
      name: '有限会社港システム',
      address: 'みなと市新町7-8-9',
      bankCode: '0009',
      bankNameKana: 'ﾐﾂｲｽﾐﾄﾓ',
      branchCode: '101',
      branchNameKana: 'ﾐﾅﾄ',
      accountType: 'ordinary',
      accountNumber: '7654321',
      holderKana: 'ﾕ)ﾐﾅﾄｼｽﾃﾑ',
    },
  ],
};
