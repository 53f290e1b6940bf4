import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { UserAccount } from '@ringi/auth';
import { RowCache } from '@ringi/platform';

/** How long another API process may go on assigning steps to an account it changed (as identities are kept). */
export const STAFF_ACCOUNT_TTL_MS = 10_000;

/**
 * The active account of a staff member, which every step assigned to a post needs: read once and kept for
 * STAFF_ACCOUNT_TTL_MS. Account writes through this process are seen at once.
 */
@Injectable()
export class StaffAccounts {
  private readonly cache: RowCache<number, number>;

  constructor(dataSource: DataSource) {
    const table = dataSource.getMetadata(UserAccount).tableName;
    this.cache = new RowCache(dataSource, new Set([table]), { ttlMs: STAFF_ACCOUNT_TTL_MS, maxEntries: 10_000 });
  }

  /** The user id of the staff member's active account; null when there is none. */
  activeAccountOf(em: EntityManager, staffId: number): Promise<number | null> {
    return this.cache.get(
      staffId,
      async () =>
        (await em.findOne(UserAccount, { select: { id: true }, where: { staffId, active: true } }))?.id ?? null,
      em.queryRunner,
    );
  }
}
