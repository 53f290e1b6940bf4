import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, type QueryRunner } from 'typeorm';

/**
 * Runs a unit of work in one database transaction; a nested call joins the outer one.
 * SQLite has one connection per process, so its transactions are queued here; MySQL/MariaDB
 * runs them concurrently at READ COMMITTED and relies on row locks (SELECT … FOR UPDATE).
 */
/** A running transaction: its EntityManager and the work queued to run just before it commits. */
interface RunningTransaction {
  readonly em: EntityManager;
  readonly beforeCommit: ((em: EntityManager) => Promise<void>)[];
  /** Items queued with atCommitTogether and not yet written, by the key they were queued under. */
  readonly batches: Map<object, unknown[]>;
}

@Injectable()
export class Transactions {
  private readonly current = new AsyncLocalStorage<RunningTransaction>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Pooled MySQL connections already switched to READ COMMITTED for their whole session. */
  private readonly readCommittedSessions = new WeakSet<object>();

  constructor(private readonly dataSource: DataSource) {}

  get isMysql(): boolean {
    return this.dataSource.options.type === 'mysql';
  }

  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const outer = this.current.getStore();
    if (outer) return work(outer.em);
    const inTransaction = async (em: EntityManager) => {
      const tx: RunningTransaction = { em, beforeCommit: [], batches: new Map() };
      // Work queued for the commit runs inside the transaction too, so what it queues in turn runs after it.
      return this.current.run(tx, async () => {
        const result = await work(em);
        for (let i = 0; i < tx.beforeCommit.length; i++) await tx.beforeCommit[i](em);
        return result;
      });
    };
    if (this.isMysql) return this.runOnMysql(inTransaction);
    const next = this.queue.then(() => this.dataSource.transaction(inTransaction));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * For reads that need no snapshot across their statements (a view assembled from a few SELECTs): on MySQL
   * each statement runs on its own without BEGIN/COMMIT; SQLite's single connection still needs the queue so
   * a read never sees another transaction's uncommitted rows. Inside a transaction, joins it.
   */
  read<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const outer = this.current.getStore();
    if (outer) return work(outer.em);
    if (this.isMysql) return work(this.dataSource.manager);
    return this.run(work);
  }

  /**
   * Queues an item to be written in the running transaction once everything else in it is done, just before it
   * commits (nothing is written if the transaction fails). For writes that take a lock every transaction
   * contends for, such as the audit chain's head: taken last, it is held only for the commit. The items one
   * transaction queues under the same key are handed to `flush` in one call, in the place of the first (several
   * audit rows, one lock of the chain's head and one INSERT); an item queued while its batch is being written
   * starts a new batch. Outside a transaction the item is written at once in a transaction of its own.
   */
  atCommitTogether<T>(key: object, item: T, flush: (em: EntityManager, items: T[]) => Promise<void>): Promise<void> {
    const outer = this.current.getStore();
    if (!outer) return this.run((em) => flush(em, [item]));
    const batch = outer.batches.get(key) as T[] | undefined;
    if (batch) {
      batch.push(item);
      return Promise.resolve();
    }
    const items = [item];
    outer.batches.set(key, items);
    outer.beforeCommit.push((em) => {
      outer.batches.delete(key);
      return flush(em, items);
    });
    return Promise.resolve();
  }

  /**
   * Like DataSource.transaction, but the isolation level is set once per pooled connection instead of before
   * every transaction: one statement fewer on every request that writes.
   */
  private async runOnMysql<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    try {
      await this.useReadCommitted(runner);
      await runner.startTransaction();
      try {
        const result = await work(runner.manager);
        await runner.commitTransaction();
        return result;
      } catch (error) {
        // The work's error is the one to report; a failed rollback (a lost connection) rolls back anyway.
        await runner.rollbackTransaction().catch(() => undefined);
        throw error;
      }
    } finally {
      await runner.release();
    }
  }

  private async useReadCommitted(runner: QueryRunner): Promise<void> {
    const connection = (await runner.connect()) as object;
    if (this.readCommittedSessions.has(connection)) return;
    await runner.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED');
    this.readCommittedSessions.add(connection);
  }

  /** `FOR UPDATE` where the database has row locks; SQLite's queued transactions need none. */
  get lock(): { lock?: { mode: 'pessimistic_write' } } {
    return this.isMysql ? { lock: { mode: 'pessimistic_write' } } : {};
  }
}
