import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Runs a unit of work in one database transaction; a nested call joins the outer one.
 * SQLite has one connection per process, so its transactions are queued here; MySQL/MariaDB
 * runs them concurrently at READ COMMITTED and relies on row locks (SELECT … FOR UPDATE).
 */
@Injectable()
export class Transactions {
  private readonly current = new AsyncLocalStorage<EntityManager>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataSource: DataSource) {}

  get isMysql(): boolean {
    return this.dataSource.options.type === 'mysql';
  }

  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const outer = this.current.getStore();
    if (outer) return work(outer);
    const inTransaction = (em: EntityManager) => this.current.run(em, () => work(em));
    if (this.isMysql) {
      return this.dataSource.transaction('READ COMMITTED', inTransaction);
    }
    const next = this.queue.then(() => this.dataSource.transaction(inTransaction));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** `FOR UPDATE` where the database has row locks; SQLite's queued transactions need none. */
  get lock(): { lock?: { mode: 'pessimistic_write' } } {
    return this.isMysql ? { lock: { mode: 'pessimistic_write' } } : {};
  }
}
