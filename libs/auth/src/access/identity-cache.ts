import { performance } from 'node:perf_hooks';
import type { DataSource, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import type { Permission, RoleGrant } from './permissions';
import type { AccountKind } from './zone-model';

/** Who a user is and what they may do: the part of a Principal that comes from the account, not the session. */
export interface Identity {
  readonly userId: number;
  readonly username: string;
  readonly displayName: string;
  readonly kind: AccountKind;
  readonly staffId: number | null;
  readonly active: boolean;
  readonly roles: RoleGrant[];
  readonly permissions: ReadonlySet<Permission>;
}

/**
 * How long an identity is reused. A change made through this process (roles, account, postings) is seen at
 * once; one made by another API process or by raw SQL is seen at the latest this long after it committed.
 * Sessions are not cached: logout, revocation and deactivation (which revokes) take effect immediately.
 */
export const IDENTITY_TTL_MS = 10_000;
const MAX_ENTRIES = 10_000;

/** Tables whose rows decide an identity: the account, its explicit grants and the postings behind 管理職. */
const IDENTITY_TABLES = new Set(['user_account', 'user_role', 'staff', 'staff_posting', 'org_position', 'org_unit']);

interface Entry {
  readonly identity: Identity;
  readonly loadedAt: number;
}

/**
 * Identities by user id for IDENTITY_TTL_MS, so that an authenticated request reads its session row and
 * nothing else. Every write to an identity table through this DataSource empties the cache, and so does the
 * commit of a transaction that wrote one (a request may have re-read the old rows in between).
 */
export class IdentityCache {
  private readonly entries = new Map<number, Entry>();
  /** Bumped on every invalidation: a load that started before it must not store what it read. */
  private generation = 0;

  constructor(
    dataSource: DataSource,
    private readonly now: () => number = () => performance.now(),
    private readonly ttlMs = IDENTITY_TTL_MS,
  ) {
    dataSource.subscribers.push(this.invalidator());
  }

  async get(userId: number, load: () => Promise<Identity | null>): Promise<Identity | null> {
    const cached = this.entries.get(userId);
    if (cached && this.now() - cached.loadedAt < this.ttlMs) return cached.identity;
    const generation = this.generation;
    const identity = await load();
    if (identity && generation === this.generation) this.store(userId, identity);
    return identity;
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }

  private store(userId: number, identity: Identity): void {
    // Map order is load order: the first entry is the oldest.
    this.entries.delete(userId);
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(userId, { identity, loadedAt: this.now() });
  }

  private invalidator(): EntitySubscriberInterface {
    const wrote = new WeakSet<QueryRunner>();
    const onWrite = (event: { metadata: { tableName: string }; queryRunner: QueryRunner }) => {
      if (!IDENTITY_TABLES.has(event.metadata.tableName)) return;
      if (event.queryRunner.isTransactionActive) wrote.add(event.queryRunner);
      this.clear();
    };
    return {
      afterInsert: onWrite,
      afterUpdate: onWrite,
      afterRemove: onWrite,
      afterSoftRemove: onWrite,
      afterRecover: onWrite,
      afterTransactionCommit: (event) => {
        if (!wrote.delete(event.queryRunner)) return;
        this.clear();
      },
      afterTransactionRollback: (event) => {
        wrote.delete(event.queryRunner);
      },
    };
  }
}
