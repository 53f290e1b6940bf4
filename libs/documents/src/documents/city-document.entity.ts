import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DecisionClass, DisclosureClass, DocumentKind, DocumentStatus } from './document-classes';

const json = {
  to: (value: string[]) => JSON.stringify(value),
  from: (value: string) => JSON.parse(value) as string[],
};

/** A document of the city: a draft (起案) or a received document (収受), filed in a record file (簿冊). */
@Entity('doc_document')
export class CityDocument {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 10 })
  kind: DocumentKind;

  @Column({ type: 'varchar', length: 12 })
  status: DocumentStatus;

  /** The section (課) that owns the document: the drafter's or the receiving section. */
  @Column({ type: 'integer' })
  unitId: number;

  @Column({ type: 'varchar', length: 20 })
  docSymbol: string;

  /** 年度 of the number (of drafting, or of decision when numbers are given on decision). */
  @Column({ type: 'integer' })
  fiscalYear: number;

  @Column({ type: 'integer', nullable: true })
  sequence: number | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  docNumber: string | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'integer' })
  recordFileId: number;

  @Column({ type: 'varchar', length: 10 })
  disclosure: DisclosureClass;

  @Column({ type: 'varchar', length: 30 })
  decisionClass: DecisionClass;

  /** 合議: codes of the sections whose 課長 consult. */
  @Column({ type: 'text', transformer: json })
  consultUnits: string[];

  /** 供覧: usernames of those who see the decided document. */
  @Column({ type: 'text', transformer: json })
  viewers: string[];

  @Column({ type: 'integer', nullable: true })
  templateId: number | null;

  /** The received document this draft answers. */
  @Column({ type: 'integer', nullable: true })
  answersDocumentId: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  sender: string | null;

  /** The sender's own number on a received document. */
  @Column({ type: 'varchar', length: 60, nullable: true })
  senderNumber: string | null;

  @Column({ type: 'date', nullable: true })
  receivedOn: string | null;

  @Column({ type: 'integer', nullable: true })
  instanceId: number | null;

  @Column({ type: 'integer' })
  drafterUserId: number;

  @Column({ type: 'date' })
  draftedOn: string;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ type: 'datetime', precision: 3 })
  updatedAt: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  decidedAt: Date | null;

  /** sha256 of the decided version (content and attachments), also in the audit trail. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  decidedSha256: string | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  dispatchedAt: Date | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  dispatchMethod: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  dispatchNote: string | null;

  /** The signed PDF that went out electronically (施行), by its sha256 in the content store. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  dispatchedPdfSha256: string | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  disposedAt: Date | null;
}
