import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One version of the 級地 area table (級地の区域), in force from a date. */
@Entity('permit_fee_area_table')
export class PermitFeeAreaTable {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 32 })
  version: string;

  @Column({ type: 'date', utc: true })
  effectiveFrom: string;

  @Column({ type: 'integer' })
  defaultDistrict: number;

  /** FeeArea[] as JSON. */
  @Column({ type: 'text' })
  areas: string;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ type: 'integer', nullable: true })
  createdByUserId: number | null;
}
