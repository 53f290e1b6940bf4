import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Transactions, type CsvColumn } from '@ringi/platform';
import { BudgetLine } from '../budget/budget-line.entity';
import { BudgetService, type BudgetLineView } from '../budget/budget.service';
import { EFFECTIVE_ORDER_AMOUNT } from '../budget/budget-ledger';
import { Commitment } from '../commitments/commitment.entity';
import { PaymentOrder } from '../payment-orders/payment-order.entity';
import { Payee } from '../payees/payee.entity';

export interface PayeeTotals {
  payeeId: number;
  payeeName: string;
  commitments: number;
  committed: number;
  paid: number;
}

export const BUDGET_EXECUTION_COLUMNS: CsvColumn<BudgetLineView>[] = [
  { header: '年度', value: (l) => l.fiscalYear },
  { header: '課', value: (l) => l.unitName },
  { header: '科目コード', value: (l) => l.code },
  { header: '款', value: (l) => l.kan },
  { header: '項', value: (l) => l.kou },
  { header: '目', value: (l) => l.moku },
  { header: '節', value: (l) => l.setsu },
  { header: '予算現額', value: (l) => l.balance.budget },
  { header: '予約額', value: (l) => l.balance.reserved },
  { header: '負担行為額', value: (l) => l.balance.committed },
  { header: '支出済額', value: (l) => l.balance.paid },
  { header: '未払額', value: (l) => l.balance.unpaid },
  { header: '執行可能額', value: (l) => l.balance.available },
  {
    header: '執行率（%）',
    value: (l) => (l.balance.budget > 0 ? ((l.balance.paid * 100) / l.balance.budget).toFixed(1) : ''),
  },
];

export const PAYEE_TOTAL_COLUMNS: CsvColumn<PayeeTotals>[] = [
  { header: '債権者ID', value: (p) => p.payeeId },
  { header: '債権者名', value: (p) => p.payeeName },
  { header: '負担行為件数', value: (p) => p.commitments },
  { header: '負担行為額', value: (p) => p.committed },
  { header: '支出済額', value: (p) => p.paid },
];

/** 予算執行状況 by section and line, and commitments and payments per payee, for a fiscal year. */
@Injectable()
export class FinanceReportsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly budget: BudgetService,
  ) {}

  budgetExecution(filter: { fiscalYear: number; unitId?: number }): Promise<BudgetLineView[]> {
    return this.budget.list(filter);
  }

  /** Decided commitments and paid orders per payee, on the fiscal year's lines. */
  payeeTotals(fiscalYear: number): Promise<PayeeTotals[]> {
    return this.transactions.run(async (em) => {
      const lines = await em.find(BudgetLine, { select: { id: true }, where: { fiscalYear } });
      if (lines.length === 0) return [];
      const lineIds = lines.map((l) => l.id);
      const committed = await em
        .createQueryBuilder(Commitment, 'c')
        .select('c.payeeId', 'payeeId')
        .addSelect('COUNT(*)', 'count')
        .addSelect('SUM(c.amount)', 'total')
        .where({ budgetLineId: In(lineIds), status: 'decided' })
        .groupBy('c.payeeId')
        .getRawMany<{ payeeId: number | string; count: number | string; total: number | string }>();
      const paid = await em
        .createQueryBuilder(PaymentOrder, 'o')
        .innerJoin(Commitment, 'c', 'c.id = o.commitmentId')
        .select('c.payeeId', 'payeeId')
        .addSelect(`SUM(${EFFECTIVE_ORDER_AMOUNT})`, 'total')
        .where('c.budgetLineId IN (:...lineIds)', { lineIds })
        .andWhere("o.status = 'paid'")
        .groupBy('c.payeeId')
        .getRawMany<{ payeeId: number | string; total: number | string }>();
      const paidBy = new Map(paid.map((p) => [Number(p.payeeId), Number(p.total)]));
      const ids = committed.map((c) => Number(c.payeeId));
      const payees = ids.length ? await em.find(Payee, { where: { id: In(ids) } }) : [];
      const nameOf = new Map(payees.map((p) => [p.id, p.name]));
      return committed
        .map((c) => ({
          payeeId: Number(c.payeeId),
          payeeName: nameOf.get(Number(c.payeeId)) ?? '',
          commitments: Number(c.count),
          committed: Number(c.total),
          paid: paidBy.get(Number(c.payeeId)) ?? 0,
        }))
        .sort((a, b) => b.committed - a.committed || a.payeeId - b.payeeId);
    });
  }
}
