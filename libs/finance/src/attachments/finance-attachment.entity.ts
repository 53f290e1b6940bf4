import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What a finance attachment belongs to. */
export type AttachmentOwner = 'commitment' | 'payment-order';

/**
 * A file of a commitment or a payment order (見積書, 契約書, 請求書) as stored after 無害化; the bytes live in the
 * content store. A kind uploaded again becomes its next version; no version is ever replaced.
 */
@Entity('fin_attachment')
export class FinanceAttachment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 16 })
  ownerType: AttachmentOwner;

  @Column({ type: 'integer' })
  ownerId: number;

  /** 見積書, 契約書 or 請求書. */
  @Column({ type: 'varchar', length: 16 })
  attachmentKind: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Column({ type: 'varchar', length: 64 })
  mediaType: string;

  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  /** reencoded (images) or checked (PDFs without active content). */
  @Column({ type: 'varchar', length: 16 })
  treatment: string;

  /** Added after the commitment was decided or the order examined: a later version, never a replacement. */
  @Column({ type: 'boolean' })
  addedAfterDecision: boolean;

  @Column({ type: 'integer' })
  addedByUserId: number;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;
}
