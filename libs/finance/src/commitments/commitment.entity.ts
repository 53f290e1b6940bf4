import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CommitmentKind } from '../domain/commitment-kinds';
import { yenColumn } from '../yen-column';

/**
 * draft → submitted (budget reserved, in the workflow) → decided (consumed), or rejected / withdrawn
 * (released).
 */
export type CommitmentStatus = 'draft' | 'submitted' | 'decided' | 'rejected' | 'withdrawn';

/** 支出負担行為: the decision to spend an amount of a budget line with a payee. */
@Entity('fin_commitment')
export class Commitment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  budgetLineId: number;

  @Column({ type: 'integer' })
  payeeId: number;

  @Column({ type: 'varchar', length: 20 })
  kind: CommitmentKind;

  /** After any 更正. */
  @Column(yenColumn())
  amount: number;

  @Column({ type: 'varchar', length: 400 })
  description: string;

  @Column({ type: 'varchar', length: 12 })
  status: CommitmentStatus;

  @Column({ type: 'integer', nullable: true })
  instanceId: number | null;

  @Column({ type: 'integer' })
  drafterUserId: number;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  decidedAt: Date | null;
}
