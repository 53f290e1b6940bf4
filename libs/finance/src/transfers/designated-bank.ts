import type { TransferRequester } from '../domain/zengin-transfer-file';

/**
 * The city's account at its designated bank (指定金融機関), from which transfers are paid. Demo values for
 * みなと市; a real city enters the 委託者コード and account its bank assigned.
 */
export const DESIGNATED_BANK: TransferRequester = {
  requesterCode: '0000012345',
  nameKana: 'ミナトシ カイケイカンリシヤ',
  bankCode: '0158',
  bankNameKana: 'ミナトギンコウ',
  branchCode: '001',
  branchNameKana: 'シヤクシヨ',
  accountType: 'current',
  accountNumber: '0000123',
};
