import { performance } from 'node:perf_hooks';
import type { DataSource, QueryRunner } from 'typeorm';
import { TableWriteWatch } from './table-write-watch';

export interface RowCacheOptions {
  /** How long another API process's change may go unseen. */
  readonly ttlMs: number;
  readonly maxEntries: number;
  readonly now?: () => number;
}

interface Entry<V> {
  readonly value: V;
  readonly loadedAt: number;
}

/**
 * Values read from the watched tables, by key, for a short time. A write to those tables through this
 * DataSource empties the cache at once and again when its transaction ends; the writing transaction itself
 * always reads the database. Another process's change is seen at the latest ttlMs after it committed.
 * Nothing is kept for a key whose load found nothing.
 */
export class RowCache<K, V> {
  private readonly entries = new Map<K, Entry<V>>();
  /** Bumped on every invalidation: a load that started before it must not store what it read. */
  private generation = 0;
  private readonly watch: TableWriteWatch;
  private readonly now: () => number;

  constructor(
    dataSource: DataSource,
    tables: ReadonlySet<string>,
    private readonly options: RowCacheOptions,
  ) {
    this.watch = new TableWriteWatch(dataSource, tables, () => this.clear());
    this.now = options.now ?? (() => performance.now());
  }

  /** The cached value, or what `load` reads (kept when found); `runner` is the caller's transaction, if any. */
  async get(key: K, load: () => Promise<V | null>, runner?: QueryRunner): Promise<V | null> {
    if (this.watch.wroteIn(runner)) return load();
    const cached = this.entries.get(key);
    if (cached && this.now() - cached.loadedAt < this.options.ttlMs) return cached.value;
    const generation = this.generation;
    const value = await load();
    if (value !== null && generation === this.generation) this.store(key, value);
    return value;
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }

  private store(key: K, value: V): void {
    // Map order is load order: the first entry is the oldest.
    this.entries.delete(key);
    if (this.entries.size >= this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { value, loadedAt: this.now() });
  }
}
