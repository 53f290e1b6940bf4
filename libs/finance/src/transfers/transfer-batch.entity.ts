import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { yenColumn } from '../yen-column';

/** One transfer run of the 会計室: the approved orders paid on a date, as one Zengin file. */
@Entity('fin_transfer_batch')
export class TransferBatch {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 10 })
  transferDate: string;

  @Column({ type: 'integer' })
  count: number;

  @Column(yenColumn())
  total: number;

  /** The designated bank's settings the run was made with (JSON); null for runs from before they were kept. */
  @Column({ type: 'text', nullable: true, select: false })
  requester: string | null;

  @Column({ type: 'integer' })
  createdByUserId: number;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;
}
