import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One version of the 占用料 table of the ordinance (条例別表), in force from a date. */
@Entity('permit_fee_table')
export class PermitFeeTable {
  @PrimaryGeneratedColumn()
  id: number;

  /** e.g. R6 (令和6年改正). */
  @Column({ type: 'varchar', length: 32 })
  version: string;

  @Column({ type: 'date', utc: true })
  effectiveFrom: string;

  /** FeeRules as JSON. */
  @Column({ type: 'text' })
  rules: string;

  /** FeePrice[] as JSON. */
  @Column({ type: 'text' })
  prices: string;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ type: 'integer', nullable: true })
  createdByUserId: number | null;
}
