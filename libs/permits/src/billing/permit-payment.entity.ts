import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A payment as the provider reported it; its unique reference makes a repeated webhook a no-op. */
@Entity('permit_payment')
export class PermitPayment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  billId: number;

  @Column({ type: 'varchar', length: 32 })
  provider: string;

  @Column({ type: 'varchar', length: 64 })
  paymentRef: string;

  @Column({ type: 'integer' })
  amountYen: number;

  @Column({ type: 'datetime', precision: 3 })
  receivedAt: Date;
}
