import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { NumberingMoment } from '../documents/document-classes';

/** The city's records settings: one row (id 1). */
@Entity('doc_setting')
export class DocumentSetting {
  @PrimaryColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 10 })
  numberingAt: NumberingMoment;

  @Column({ type: 'datetime', precision: 3 })
  updatedAt: Date;
}
