import type { DataSource, EntitySubscriberInterface, QueryRunner } from 'typeorm';

interface WriteEvent {
  metadata: { tableName: string };
  queryRunner: QueryRunner;
}

/**
 * What a cache of rows needs to stay true within one API process: `onChange` runs when a write to one of the
 * watched tables goes through this DataSource, and again when the transaction that made it ends (a reader may
 * have re-read the old rows in between). Until then that transaction must read the database, not the cache:
 * `wroteIn` tells. Writes by another process or by raw SQL are not seen; caches bound that with a time to live.
 */
export class TableWriteWatch implements EntitySubscriberInterface {
  private readonly writers = new WeakSet<QueryRunner>();

  constructor(
    dataSource: DataSource,
    private readonly tables: ReadonlySet<string>,
    private readonly onChange: () => void,
  ) {
    dataSource.subscribers.push(this);
  }

  /** The transaction on this runner wrote a watched table and has not ended yet. */
  wroteIn(runner: QueryRunner | undefined): boolean {
    return runner !== undefined && this.writers.has(runner);
  }

  afterInsert(event: WriteEvent): void {
    this.written(event);
  }

  afterUpdate(event: WriteEvent): void {
    this.written(event);
  }

  afterRemove(event: WriteEvent): void {
    this.written(event);
  }

  afterSoftRemove(event: WriteEvent): void {
    this.written(event);
  }

  afterRecover(event: WriteEvent): void {
    this.written(event);
  }

  afterTransactionCommit(event: { queryRunner: QueryRunner }): void {
    this.ended(event.queryRunner);
  }

  afterTransactionRollback(event: { queryRunner: QueryRunner }): void {
    this.ended(event.queryRunner);
  }

  private written({ metadata, queryRunner }: WriteEvent): void {
    if (!this.tables.has(metadata.tableName)) return;
    if (queryRunner.isTransactionActive) this.writers.add(queryRunner);
    this.onChange();
  }

  private ended(runner: QueryRunner): void {
    if (!this.writers.delete(runner)) return;
    this.onChange();
  }
}
