import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail, type Principal } from '@ringi/auth';
import { Clock, InvalidInputError, Transactions, UnprocessableError } from '@ringi/platform';
import { checkDesignatedBank, type DesignatedBankInput } from '../domain/designated-bank-settings';
import type { TransferRequester } from '../domain/zengin-transfer-file';
import { DesignatedBank } from './designated-bank.entity';

/** The one settings row's key. */
export const DESIGNATED_BANK_ID = 1;

export interface DesignatedBankView extends TransferRequester {
  updatedAt: Date;
}

function requesterOf(row: DesignatedBank): TransferRequester {
  const { requesterCode, nameKana, bankCode, bankNameKana, branchCode, branchNameKana, accountType, accountNumber } =
    row;
  return { requesterCode, nameKana, bankCode, bankNameKana, branchCode, branchNameKana, accountType, accountNumber };
}

/** The designated bank (指定金融機関) the 会計室 keeps: who the city is in every Zengin header. */
@Injectable()
export class DesignatedBankService {
  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  get(): Promise<DesignatedBankView | null> {
    return this.transactions.run(async (em) => {
      const row = await em.findOneBy(DesignatedBank, { id: DESIGNATED_BANK_ID });
      return row ? { ...requesterOf(row), updatedAt: row.updatedAt } : null;
    });
  }

  /** The requester for a transfer file; a run without settings is refused with what to do. */
  async requester(em: EntityManager): Promise<TransferRequester> {
    const row = await em.findOneBy(DesignatedBank, { id: DESIGNATED_BANK_ID });
    if (!row) {
      throw new UnprocessableError(
        '指定金融機関（振込依頼人）が設定されていません。会計室で設定してから振込データを作成してください。',
      );
    }
    return requesterOf(row);
  }

  /** Replaces the settings after checking them field by field (400 naming each field). */
  save(input: DesignatedBankInput, principal: Principal): Promise<DesignatedBankView> {
    const checked = checkDesignatedBank(input);
    if (!checked.ok) throw new InvalidInputError('入力内容に誤りがあります。', checked.problems);
    return this.transactions.run(async (em) => {
      const now = this.clock.now();
      const before = await em.findOne(DesignatedBank, { where: { id: DESIGNATED_BANK_ID }, ...this.transactions.lock });
      const row = { id: DESIGNATED_BANK_ID, ...checked.requester, updatedByUserId: principal.userId, updatedAt: now };
      if (before) await em.update(DesignatedBank, { id: DESIGNATED_BANK_ID }, row);
      else await em.insert(DesignatedBank, row);
      await this.audit.record({
        action: 'finance.designatedBank.updated',
        targetType: 'designated-bank',
        targetId: DESIGNATED_BANK_ID,
        detail: { before: before ? requesterOf(before) : null, after: checked.requester },
      });
      return { ...checked.requester, updatedAt: now };
    });
  }
}
