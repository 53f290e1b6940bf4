import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DecisionClass, DisclosureClass } from '../documents/document-classes';

/** A template (文例) for frequent drafts; unitId null = for every section. */
@Entity('doc_template')
export class DraftTemplate {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 30 })
  decisionClass: DecisionClass;

  @Column({ type: 'varchar', length: 10 })
  disclosure: DisclosureClass;

  @Column({ type: 'integer', nullable: true })
  unitId: number | null;

  @Column({ type: 'integer' })
  createdByUserId: number;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  updatedAt: Date | null;

  /** 廃止: no longer offered for new drafts; kept for the drafts made from it. */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  retiredAt: Date | null;
}
