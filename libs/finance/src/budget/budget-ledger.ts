import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { Transactions, UnprocessableError } from '@ringi/platform';
import { lineBalance, type LineBalance, type LineFigures } from '../domain/available-balance';
import { formatYen } from '../domain/money';
import { Commitment } from '../commitments/commitment.entity';
import { PaymentOrder } from '../payment-orders/payment-order.entity';
import { BudgetChange } from './budget-change.entity';
import { BudgetLine } from './budget-line.entity';
import { BudgetTransfer } from './budget-transfer.entity';

/** What an order counts as paid: a settled advance that cost less than advanced counts what it cost. */
export const EFFECTIVE_ORDER_AMOUNT =
  'CASE WHEN o.settledAmount IS NOT NULL AND o.settledAmount < o.amount THEN o.settledAmount ELSE o.amount END';

type Sums = Map<number, number>;

async function sums(
  query: Promise<Array<{ lineId: number | string; total: number | string | null }>>,
  into: Sums = new Map(),
): Promise<Sums> {
  for (const row of await query) {
    const id = Number(row.lineId);
    into.set(id, (into.get(id) ?? 0) + Number(row.total ?? 0));
  }
  return into;
}

/**
 * The balance of budget lines, computed from what was done with them. Whoever changes a balance locks the
 * line's row first (`lockLine`), so the figures read after the lock stay true until the transaction ends.
 */
@Injectable()
export class BudgetLedger {
  constructor(private readonly transactions: Transactions) {}

  lockLine(em: EntityManager, id: number): Promise<BudgetLine | null> {
    return em.findOne(BudgetLine, { where: { id }, ...this.transactions.lock });
  }

  async balances(em: EntityManager, lineIds: number[]): Promise<Map<number, LineBalance>> {
    const result = new Map<number, LineBalance>();
    if (lineIds.length === 0) return result;
    const [budget, reserved, committed, paid] = await Promise.all([
      sums(
        em
          .createQueryBuilder(BudgetChange, 'b')
          .select('b.budgetLineId', 'lineId')
          .addSelect('SUM(b.amount)', 'total')
          .where({ budgetLineId: In(lineIds) })
          .groupBy('b.budgetLineId')
          .getRawMany(),
      ),
      this.reserved(em, lineIds),
      sums(
        em
          .createQueryBuilder(Commitment, 'c')
          .select('c.budgetLineId', 'lineId')
          .addSelect('SUM(c.amount)', 'total')
          .where({ budgetLineId: In(lineIds), status: 'decided' })
          .groupBy('c.budgetLineId')
          .getRawMany(),
      ),
      sums(
        em
          .createQueryBuilder(PaymentOrder, 'o')
          .innerJoin(Commitment, 'c', 'c.id = o.commitmentId')
          .select('c.budgetLineId', 'lineId')
          .addSelect(`SUM(${EFFECTIVE_ORDER_AMOUNT})`, 'total')
          .where('c.budgetLineId IN (:...lineIds)', { lineIds })
          .andWhere("o.status = 'paid'")
          .groupBy('c.budgetLineId')
          .getRawMany(),
      ),
    ]);
    for (const id of lineIds) {
      const figures: LineFigures = {
        budget: budget.get(id) ?? 0,
        reserved: reserved.get(id) ?? 0,
        committed: committed.get(id) ?? 0,
        paid: paid.get(id) ?? 0,
      };
      result.set(id, lineBalance(figures));
    }
    return result;
  }

  async balance(em: EntityManager, lineId: number): Promise<LineBalance> {
    return (await this.balances(em, [lineId])).get(lineId)!;
  }

  /**
   * Refuses to take `amount` from a locked line when its available balance is smaller, naming the balance:
   * of two requests racing for the last yen, the one that locks second reads the first one's reservation.
   */
  async ensureAvailable(em: EntityManager, line: BudgetLine, amount: number): Promise<LineBalance> {
    const balance = await this.balance(em, line.id);
    if (amount > balance.available) {
      throw new UnprocessableError(
        `予算の残額が不足しています（${line.code} ${line.setsu}: 執行可能額 ${formatYen(balance.available)}、` +
          `要求額 ${formatYen(amount)}）。`,
      );
    }
    return balance;
  }

  /** Commitments and 流用 in the workflow hold their amount until decided or released. */
  private async reserved(em: EntityManager, lineIds: number[]): Promise<Sums> {
    const commitments = await sums(
      em
        .createQueryBuilder(Commitment, 'c')
        .select('c.budgetLineId', 'lineId')
        .addSelect('SUM(c.amount)', 'total')
        .where({ budgetLineId: In(lineIds), status: 'submitted' })
        .groupBy('c.budgetLineId')
        .getRawMany(),
    );
    return sums(
      em
        .createQueryBuilder(BudgetTransfer, 't')
        .select('t.fromLineId', 'lineId')
        .addSelect('SUM(t.amount)', 'total')
        .where({ fromLineId: In(lineIds), status: 'submitted' })
        .groupBy('t.fromLineId')
        .getRawMany(),
      commitments,
    );
  }
}
