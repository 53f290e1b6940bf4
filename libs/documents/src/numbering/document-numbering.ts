import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Transactions } from '@ringi/platform';
import { formatDocumentNumber } from '../records/document-number';
import { DocumentCounter } from './document-counter.entity';

export interface AssignedNumber {
  sequence: number;
  docNumber: string;
}

/**
 * Gives the next 文書番号 of a document symbol in a fiscal year. The counter row is locked while a number is
 * taken, so two drafters in two API processes never get the same number; a new 年度 starts a new row at 1.
 */
@Injectable()
export class DocumentNumbering {
  constructor(
    private readonly transactions: Transactions,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * Takes a number on its own, committed at once (call it outside a transaction): drafters then queue on the
   * counter for one statement instead of for the whole of each other's drafts, which under load made every
   * draft wait for the others. A number whose document then fails to be written (a database failure after the
   * input was checked) stays unused, a 欠番 as a withdrawn paper draft leaves.
   */
  take(docSymbol: string, fiscalYear: number): Promise<AssignedNumber> {
    // On MariaDB a statement outside a transaction commits by itself; SQLite's single connection needs the queue.
    if (this.transactions.isMysql) return this.next(this.dataSource.manager, docSymbol, fiscalYear);
    return this.transactions.run((em) => this.next(em, docSymbol, fiscalYear));
  }

  /** The next number inside the caller's transaction; the counter stays locked until it ends. */
  async next(em: EntityManager, docSymbol: string, fiscalYear: number): Promise<AssignedNumber> {
    let sequence = await this.increment(em, docSymbol, fiscalYear);
    if (sequence === null) {
      await this.createCounter(em, docSymbol, fiscalYear);
      sequence = await this.increment(em, docSymbol, fiscalYear);
      if (sequence === null) throw new Error(`the counter of ${docSymbol} ${fiscalYear} was not created`);
    }
    return { sequence, docNumber: formatDocumentNumber(docSymbol, sequence) };
  }

  /**
   * Counts up and answers the new sequence in one statement (null when the 年度 has no counter yet). The UPDATE
   * takes the row's exclusive lock, held until the caller commits, as SELECT … FOR UPDATE would; on MariaDB the
   * new value comes back in the OK packet through LAST_INSERT_ID(expr), on SQLite through RETURNING.
   */
  private async increment(em: EntityManager, docSymbol: string, fiscalYear: number): Promise<number | null> {
    if (this.transactions.isMysql) {
      const result = (await em.query(
        'UPDATE doc_counter SET lastSequence = LAST_INSERT_ID(lastSequence + 1) WHERE docSymbol = ? AND fiscalYear = ?',
        [docSymbol, fiscalYear],
      )) as { affectedRows: number; insertId: number | string };
      return result.affectedRows === 1 ? Number(result.insertId) : null;
    }
    const rows = (await em.query(
      'UPDATE doc_counter SET lastSequence = lastSequence + 1 WHERE docSymbol = ? AND fiscalYear = ? RETURNING lastSequence',
      [docSymbol, fiscalYear],
    )) as { lastSequence: number }[];
    return rows.length === 1 ? Number(rows[0].lastSequence) : null;
  }

  /**
   * The first number of a 年度: the row is created on a connection of its own, committed at once. Inside the
   * caller's transaction, INSERT IGNORE would leave a shared lock on a row another drafter created meanwhile, and
   * two such drafters upgrading to an exclusive lock deadlock each other.
   */
  private async createCounter(em: EntityManager, docSymbol: string, fiscalYear: number): Promise<void> {
    if (this.transactions.isMysql) {
      await em.connection.query(
        'INSERT IGNORE INTO doc_counter (docSymbol, fiscalYear, lastSequence) VALUES (?, ?, 0)',
        [docSymbol, fiscalYear],
      );
    } else {
      await em.insert(DocumentCounter, { docSymbol, fiscalYear, lastSequence: 0 });
    }
  }
}
