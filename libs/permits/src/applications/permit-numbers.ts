import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { formatDocumentNumber } from '@ringi/documents';
import { Transactions } from '@ringi/platform';
import { PermitNumberCounter } from './permit-number-counter.entity';

/** 許可番号 such as 港道占第12号: a sequence per symbol and 年度, restarting every April. */
@Injectable()
export class PermitNumbers {
  constructor(private readonly transactions: Transactions) {}

  /** The next number, in the caller's transaction; the counter row stays locked until it commits. */
  async next(em: EntityManager, symbol: string, fiscalYear: number): Promise<string> {
    const counter = await em.findOne(PermitNumberCounter, { where: { symbol, fiscalYear }, ...this.transactions.lock });
    if (counter) {
      await em.update(PermitNumberCounter, { id: counter.id }, { lastNumber: counter.lastNumber + 1 });
      return formatDocumentNumber(symbol, counter.lastNumber + 1);
    }
    // The first number of the year: the unique index makes a concurrent first insert fail, and that
    // request answers 409 and is retried by its caller.
    await em.insert(PermitNumberCounter, { symbol, fiscalYear, lastNumber: 1 });
    return formatDocumentNumber(symbol, 1);
  }

  /**
   * Takes a number given outside ringi (a historic permit): the counter moves past it so it is never issued
   * again. The counter row stays locked until the caller's transaction ends, which serialises the check for
   * a number already taken.
   */
  async reserve(em: EntityManager, symbol: string, fiscalYear: number, sequence: number): Promise<void> {
    const counter = await em.findOne(PermitNumberCounter, { where: { symbol, fiscalYear }, ...this.transactions.lock });
    if (!counter) {
      await em.insert(PermitNumberCounter, { symbol, fiscalYear, lastNumber: sequence });
    } else if (counter.lastNumber < sequence) {
      await em.update(PermitNumberCounter, { id: counter.id }, { lastNumber: sequence });
    }
  }
}
