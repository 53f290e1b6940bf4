import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { yenColumn } from '../yen-column';

/** submitted: in the workflow, the amount reserved on the source line; then decided, or released. */
export type TransferStatus = 'submitted' | 'decided' | 'rejected' | 'withdrawn';

/** 流用: moving budget from one line to another, decided through its own workflow. */
@Entity('fin_budget_transfer')
export class BudgetTransfer {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  fromLineId: number;

  @Column({ type: 'integer' })
  toLineId: number;

  @Column(yenColumn())
  amount: number;

  @Column({ type: 'varchar', length: 200 })
  reason: string;

  @Column({ type: 'varchar', length: 12 })
  status: TransferStatus;

  @Column({ type: 'integer', nullable: true })
  instanceId: number | null;

  @Column({ type: 'integer' })
  requestedByUserId: number;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  decidedAt: Date | null;
}
