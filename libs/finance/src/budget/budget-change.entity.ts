import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { yenColumn } from '../yen-column';

/** initial 当初予算, supplementary 補正 (negative for 減額補正), transfer-in / transfer-out 流用 once decided. */
export type BudgetChangeKind = 'initial' | 'supplementary' | 'transfer-in' | 'transfer-out';

/** A change of a line's budget; the budget of a line is the sum of its changes. */
@Entity('fin_budget_change')
export class BudgetChange {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  budgetLineId: number;

  @Column({ type: 'varchar', length: 20 })
  kind: BudgetChangeKind;

  @Column(yenColumn())
  amount: number;

  @Column({ type: 'varchar', length: 200 })
  reason: string;

  @Column({ type: 'integer', nullable: true })
  transferId: number | null;

  @Column({ type: 'integer', nullable: true })
  createdByUserId: number | null;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;
}
