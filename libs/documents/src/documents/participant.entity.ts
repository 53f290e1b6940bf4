import { Entity, PrimaryColumn } from 'typeorm';

/** Someone on a document's route (assignee or actor): they may read it even when it is 非公開. */
@Entity('doc_participant')
export class DocumentParticipant {
  @PrimaryColumn({ type: 'integer' })
  documentId: number;

  @PrimaryColumn({ type: 'integer' })
  userId: number;
}
