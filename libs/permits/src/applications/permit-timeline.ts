import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '@ringi/platform';
import { NOTICE_LABELS, STAGE_LABELS, type ApplicationStage, type TimelineNotice } from './application-stage';
import { PermitTimelineEntry } from './permit-timeline.entity';

export interface TimelineView {
  at: Date;
  stage: PermitTimelineEntry['stage'];
  label: string;
  message: string | null;
}

/** The timeline an applicant follows on their my page. */
@Injectable()
export class PermitTimeline {
  constructor(private readonly clock: Clock) {}

  async add(
    em: EntityManager,
    applicationId: number,
    stage: PermitTimelineEntry['stage'],
    message: string | null,
    byUserId: number | null,
  ): Promise<void> {
    await em.insert(PermitTimelineEntry, { applicationId, at: this.clock.now(), stage, message, byUserId });
  }

  async of(em: EntityManager, applicationId: number): Promise<TimelineView[]> {
    const rows = await em.find(PermitTimelineEntry, { where: { applicationId }, order: { id: 'ASC' } });
    return rows.map((r) => ({
      at: r.at,
      stage: r.stage,
      label:
        r.stage in NOTICE_LABELS ? NOTICE_LABELS[r.stage as TimelineNotice] : STAGE_LABELS[r.stage as ApplicationStage],
      message: r.message,
    }));
  }
}
