import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** 取消: a fiscal year after the permit ended early (廃止, superseded) owes nothing. */
export type BillStatus = 'unpaid' | 'paid' | 'cancelled';

/** 占用料 of one fiscal year of a permit, with its 納期限. */
@Entity('permit_bill')
export class PermitBill {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  applicationId: number;

  @Column({ type: 'integer' })
  fiscalYear: number;

  @Column({ type: 'integer' })
  amountYen: number;

  @Column({ type: 'date', utc: true })
  dueDate: string;

  @Column({ type: 'varchar', length: 16 })
  status: BillStatus;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  paidAt: Date | null;

  /** The payment provider's id of the checkout in progress or paid. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  checkoutRef: string | null;
}
