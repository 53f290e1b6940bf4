import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ApplicationStage, TimelineNotice } from './application-stage';

/** One line of an application's timeline on the applicant's my page. */
@Entity('permit_timeline')
export class PermitTimelineEntry {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  applicationId: number;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  @Column({ type: 'varchar', length: 24 })
  stage: ApplicationStage | TimelineNotice;

  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Column({ type: 'integer', nullable: true })
  byUserId: number | null;
}
