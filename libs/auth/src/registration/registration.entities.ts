import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A pending e-mail confirmation of a new applicant account; the token itself is never stored. */
@Entity('email_confirmation')
export class EmailConfirmation {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  userId: number;

  /** SHA-256 of the token sent by mail. */
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'datetime', precision: 3 })
  expiresAt: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  usedAt: Date | null;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;
}

/**
 * Every mail ringi sends, written in the transaction that caused it: the demo has no mail server,
 * so this is where an administrator reads what would have been sent; with SMTP configured it is
 * also the record of delivery.
 */
@Entity('mail_outbox')
export class MailOutbox {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 254 })
  recipient: string;

  @Column({ type: 'varchar', length: 200 })
  subject: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  sentAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  error: string | null;
}
