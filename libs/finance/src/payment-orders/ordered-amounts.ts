import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EFFECTIVE_ORDER_AMOUNT } from '../budget/budget-ledger';
import { PaymentOrder } from './payment-order.entity';

/** How much of a commitment its payment orders take: every order not rejected or withdrawn. */
@Injectable()
export class OrderedAmounts {
  async of(em: EntityManager, commitmentId: number): Promise<number> {
    const row = await em
      .createQueryBuilder(PaymentOrder, 'o')
      .select(`SUM(${EFFECTIVE_ORDER_AMOUNT})`, 'total')
      .where('o.commitmentId = :commitmentId', { commitmentId })
      .andWhere("o.status NOT IN ('rejected', 'withdrawn')")
      .getRawOne<{ total: string | number | null }>();
    return Number(row?.total ?? 0);
  }
}
