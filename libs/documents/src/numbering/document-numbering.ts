import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Transactions } from '@ringi/platform';
import { formatDocumentNumber } from '../records/document-number';
import { DocumentCounter } from './document-counter.entity';

export interface AssignedNumber {
  sequence: number;
  docNumber: string;
}

/**
 * Gives the next 文書番号 of a document symbol in a fiscal year. The counter row is locked (FOR UPDATE) for the
 * rest of the caller's transaction, so two drafters in two API processes never get the same number; a new
 * 年度 starts a new row at 1.
 */
@Injectable()
export class DocumentNumbering {
  constructor(private readonly transactions: Transactions) {}

  async next(em: EntityManager, docSymbol: string, fiscalYear: number): Promise<AssignedNumber> {
    const counter = await this.lockCounter(em, docSymbol, fiscalYear);
    const sequence = counter.lastSequence + 1;
    await em.update(DocumentCounter, { id: counter.id }, { lastSequence: sequence });
    return { sequence, docNumber: formatDocumentNumber(docSymbol, sequence) };
  }

  private async lockCounter(em: EntityManager, docSymbol: string, fiscalYear: number): Promise<DocumentCounter> {
    const find = () => em.findOne(DocumentCounter, { where: { docSymbol, fiscalYear }, ...this.transactions.lock });
    const existing = await find();
    if (existing) return existing;
    // The first number of a 年度: the row is created on a connection of its own, committed at once. Inside this
    // transaction, INSERT IGNORE would leave a shared lock on a row another drafter created meanwhile, and two such
    // drafters upgrading to FOR UPDATE deadlock each other.
    if (this.transactions.isMysql) {
      await em.connection.query(
        'INSERT IGNORE INTO doc_counter (docSymbol, fiscalYear, lastSequence) VALUES (?, ?, 0)',
        [docSymbol, fiscalYear],
      );
    } else {
      await em.insert(DocumentCounter, { docSymbol, fiscalYear, lastSequence: 0 });
    }
    return (await find())!;
  }
}
