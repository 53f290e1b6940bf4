import type { EntityManager } from 'typeorm';
import { ConflictError, NotFoundError, type Transactions } from '@ringi/platform';
import { PermitApplication } from '../applications/permit-application.entity';

/** The application, locked for the change, while it is still under review (409 once decided). */
export async function lockUnderReview(
  em: EntityManager,
  transactions: Transactions,
  id: number,
): Promise<PermitApplication> {
  const row = await em.findOne(PermitApplication, { where: { id }, ...transactions.lock });
  if (!row) throw new NotFoundError(`申請（ID ${id}）が見つかりません。`);
  if (row.status !== 'reviewing') throw new ConflictError('審査中の申請ではありません。');
  return row;
}
