import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AuditOutcome = 'success' | 'denied' | 'failure';

/** One row of the append-only audit trail; `hash` chains it to the row before (by `seq`). */
@Entity('audit_event')
export class AuditEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer', unique: true })
  seq: number;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  @Column({ type: 'integer', nullable: true })
  actorUserId: number | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  actorName: string | null;

  @Column({ type: 'varchar', length: 40 })
  capacity: string;

  @Column({ type: 'varchar', length: 80 })
  action: string;

  @Column({ type: 'varchar', length: 60, nullable: true })
  targetType: string | null;

  @Column({ type: 'varchar', length: 80, nullable: true })
  targetId: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  zone: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  clientAddress: string | null;

  @Column({ type: 'varchar', length: 12 })
  outcome: AuditOutcome;

  @Column({ type: 'text', nullable: true })
  detail: string | null;

  @Column({ type: 'varchar', length: 64 })
  prevHash: string;

  @Column({ type: 'varchar', length: 64 })
  hash: string;
}

/** The single row every append locks, so two API processes never fork the chain. */
@Entity('audit_chain_head')
export class AuditChainHead {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  lastSeq: number;

  @Column({ type: 'varchar', length: 64 })
  lastHash: string;
}
