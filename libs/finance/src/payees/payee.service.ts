import { Injectable } from '@nestjs/common';
import { Like } from 'typeorm';
import { AuditTrail } from '@ringi/auth';
import { Clock, InvalidInputError, NotFoundError, Transactions } from '@ringi/platform';
import { checkBankAccount, type BankAccountInput } from '../domain/bank-account';
import { toZenginKana } from '../domain/zengin-kana';
import { Payee } from './payee.entity';

export interface PayeeInput extends BankAccountInput {
  name: string;
  address: string;
  bankNameKana?: string;
  branchNameKana?: string;
}

const BANK_NAME_KANA_MAX = 15;

export const payeeNotFound = (id: number) => new NotFoundError(`債権者（ID ${id}）が見つかりません。`);

/** The payee master (債権者): names, addresses and the bank accounts transfers go to. */
@Injectable()
export class PayeeService {
  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  create(input: PayeeInput): Promise<Payee> {
    const checked = checkBankAccount(input);
    const problems = checked.ok ? [] : [...checked.problems];
    const names: Record<'bankNameKana' | 'branchNameKana', string> = { bankNameKana: '', branchNameKana: '' };
    for (const field of ['bankNameKana', 'branchNameKana'] as const) {
      const kana = toZenginKana(input[field] ?? '');
      if (kana === null || kana.length > BANK_NAME_KANA_MAX) {
        problems.push({ field, messages: [`カナ（半角${BANK_NAME_KANA_MAX}文字以内）で入力してください`] });
      } else names[field] = kana;
    }
    if (!checked.ok || problems.length > 0) throw new InvalidInputError('入力内容に誤りがあります。', problems);
    return this.transactions.run(async (em) => {
      const payee = em.create(Payee, {
        name: input.name.trim(),
        address: input.address.trim(),
        ...checked.account,
        ...names,
        createdAt: this.clock.now(),
      });
      await em.insert(Payee, payee);
      await this.audit.record({
        action: 'finance.payee.created',
        targetType: 'payee',
        targetId: payee.id,
        detail: { name: payee.name, bankCode: payee.bankCode, branchCode: payee.branchCode },
      });
      return payee;
    });
  }

  list(query: { name?: string }): Promise<Payee[]> {
    return this.transactions.run((em) =>
      em.find(Payee, {
        where: query.name ? { name: Like(`%${query.name.replace(/[%_\\]/g, '\\$&')}%`) } : {},
        order: { id: 'ASC' },
        take: 500,
      }),
    );
  }

  get(id: number): Promise<Payee> {
    return this.transactions.run(async (em) => {
      const payee = await em.findOneBy(Payee, { id });
      if (!payee) throw payeeNotFound(id);
      return payee;
    });
  }
}
