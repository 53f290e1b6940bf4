import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EndAction } from '../records/retention';

/** open (documents are filed) → completed (retention runs) → disposed / transferred (a tombstone). */
export type RecordFileStatus = 'open' | 'completed' | 'disposed' | 'transferred';

/** 簿冊: a file of records of one section and 年度, with the retention period and end action it brings. */
@Entity('doc_record_file')
export class RecordFile {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  categoryId: number;

  @Column({ type: 'integer' })
  unitId: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'integer' })
  fiscalYear: number;

  /** '1', '3', '5', '10', '30' (years) or 'permanent'. */
  @Column({ type: 'varchar', length: 10 })
  retention: string;

  @Column({ type: 'varchar', length: 10 })
  endAction: EndAction;

  @Column({ type: 'varchar', length: 12 })
  status: RecordFileStatus;

  @Column({ type: 'date', nullable: true })
  completedOn: string | null;

  /** Last day of retention; null while open and for permanent files. */
  @Column({ type: 'date', nullable: true })
  retentionEndsOn: string | null;

  @Column({ type: 'integer', nullable: true })
  disposalId: number | null;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;
}
