import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who wrote a message: the applicant on the portal, or a clerk on LGWAN. */
export type MessageAuthorKind = 'applicant' | 'clerk';

/** A message between the applicant and the road section's clerks on one application (My page "messages"). */
@Entity('permit_message')
export class PermitMessage {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  applicationId: number;

  @Column({ type: 'varchar', length: 16 })
  authorKind: MessageAuthorKind;

  @Column({ type: 'integer' })
  authorUserId: number;

  /** The author's name as it was when they wrote, so a later rename does not rewrite the exchange. */
  @Column({ type: 'varchar', length: 200 })
  authorName: string;

  /** Plain text, shown as text: never rendered as HTML. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;
}
