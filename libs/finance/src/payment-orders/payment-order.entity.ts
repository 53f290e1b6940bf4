import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { yenColumn } from '../yen-column';

/** ordinary 通常払, advance 概算払 (settled later), settlement 精算 (the part an advance did not cover). */
export type PaymentOrderKind = 'ordinary' | 'advance' | 'settlement';

/**
 * examining: in the workflow (課長's order, then the 会計室 examination); sentBack: returned to the drafter with
 * reasons; approved: examined, waiting for the transfer run; paid: in a transfer file; rejected / withdrawn.
 */
export type PaymentOrderStatus = 'examining' | 'sentBack' | 'approved' | 'paid' | 'rejected' | 'withdrawn';

/** 支出命令: an order to pay (part of) a decided commitment. */
@Entity('fin_payment_order')
export class PaymentOrder {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  commitmentId: number;

  @Column({ type: 'varchar', length: 12 })
  kind: PaymentOrderKind;

  @Column(yenColumn())
  amount: number;

  /** The day a proper invoice reached the city; the statutory deadline counts from it. */
  @Column({ type: 'varchar', length: 10 })
  invoiceDate: string;

  @Column({ type: 'varchar', length: 10 })
  dueDate: string;

  @Column({ type: 'varchar', length: 12 })
  status: PaymentOrderStatus;

  @Column({ type: 'integer', nullable: true })
  instanceId: number | null;

  /** For a settlement order: the advance it settles. */
  @Column({ type: 'integer', nullable: true })
  advanceOrderId: number | null;

  /** For a settled advance: what it actually cost; below the advance, the rest came back (戻入). */
  @Column(yenColumn({ nullable: true }))
  settledAmount: number | null;

  /** The 会計室's reasons when it sent the order back. */
  @Column({ type: 'varchar', length: 400, nullable: true })
  sentBackReason: string | null;

  @Column({ type: 'integer', nullable: true })
  transferBatchId: number | null;

  @Column({ type: 'integer' })
  createdByUserId: number;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  paidAt: Date | null;
}
