import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { yenColumn } from '../yen-column';

/** 更正: a decided commitment's amount changed afterwards, with the reason. */
@Entity('fin_commitment_correction')
export class CommitmentCorrection {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  commitmentId: number;

  @Column(yenColumn())
  previousAmount: number;

  @Column(yenColumn())
  newAmount: number;

  @Column({ type: 'varchar', length: 200 })
  reason: string;

  @Column({ type: 'integer' })
  correctedByUserId: number;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;
}
