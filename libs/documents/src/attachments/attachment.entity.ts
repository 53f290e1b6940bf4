import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A file attached to a document. A name added again becomes its next version; no version is ever replaced. */
@Entity('doc_attachment')
export class Attachment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  documentId: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 100 })
  mediaType: string;

  @Column({ type: 'integer' })
  size: number;

  /** Content address of the stored bytes. */
  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  /** The text layer of a PDF attachment, for full-text search; null for other files and after disposal. */
  @Column({ type: 'text', nullable: true, select: false })
  text: string | null;

  @Column({ type: 'boolean' })
  addedAfterDecision: boolean;

  @Column({ type: 'integer' })
  addedByUserId: number;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;
}
