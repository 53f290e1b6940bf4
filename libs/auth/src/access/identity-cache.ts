import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { RowCache } from '@ringi/platform';
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

/**
 * Identities by user id for IDENTITY_TTL_MS, so that an authenticated request reads its session row and
 * nothing else. Every write to an identity table through this DataSource empties the cache, and so does the
 * commit of a transaction that wrote one (a request may have re-read the old rows in between).
 */
export class IdentityCache extends RowCache<number, Identity> {
  constructor(dataSource: DataSource, now: () => number = () => performance.now(), ttlMs = IDENTITY_TTL_MS) {
    super(dataSource, IDENTITY_TABLES, { ttlMs, maxEntries: MAX_ENTRIES, now });
  }
}
