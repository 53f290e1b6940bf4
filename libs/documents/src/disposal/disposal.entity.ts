import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EndAction } from '../records/retention';

/** requested (in its own approval) → executed (content removed or handed over), or refused. */
export type DisposalStatus = 'requested' | 'executed' | 'refused';

/** 廃棄・移管 of one record file whose retention ended; it stays as the file's tombstone. */
@Entity('doc_disposal')
export class Disposal {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  recordFileId: number;

  @Column({ type: 'varchar', length: 10 })
  action: EndAction;

  @Column({ type: 'varchar', length: 12 })
  status: DisposalStatus;

  @Column({ type: 'varchar', length: 400 })
  reason: string;

  @Column({ type: 'integer', nullable: true })
  instanceId: number | null;

  @Column({ type: 'integer' })
  requestedByUserId: number;

  /** Who approved, as the route's stamps named them (name, post, capacity). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  decidedBy: string | null;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  executedAt: Date | null;

  /** When the attachment bytes of a disposed file were removed (after the approval committed). */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  contentRemovedAt: Date | null;
}
