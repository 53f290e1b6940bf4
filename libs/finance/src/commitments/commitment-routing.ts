import { Injectable } from '@nestjs/common';
import type { Principal } from '@ringi/auth';
import { OrganisationService, jstDateOf, positionByCode } from '@ringi/hr';
import { Clock } from '@ringi/platform';
import { DelegationTableService } from '@ringi/workflow';
import type { CommitmentKind } from '../domain/commitment-kinds';

/** The 専決 table commitments are routed by (`decider(standard)` in commitment-approval.bpmn). */
export const COMMITMENT_DELEGATION_TABLE = 'standard';

export interface CommitmentRouting {
  decidingPosition: string;
  /** 課長, 部長, … */
  positionName: string;
  /** Who holds that post above the caller's section now, e.g. 総務課 課長（港 一郎）; null when no one does. */
  decider: string | null;
}

/** Who will decide a commitment of a kind and amount, shown on the form before it is sent. */
@Injectable()
export class CommitmentRoutingService {
  constructor(
    private readonly tables: DelegationTableService,
    private readonly organisation: OrganisationService,
    private readonly clock: Clock,
  ) {}

  async preview(kind: CommitmentKind, amount: number, principal: Principal): Promise<CommitmentRouting> {
    const decidingPosition = await this.tables.decidingPosition(COMMITMENT_DELEGATION_TABLE, kind, amount);
    const positionName = positionByCode(decidingPosition)?.name ?? decidingPosition;
    const today = jstDateOf(this.clock.now());
    const post = principal.staffId ? await this.organisation.mainPostOf(principal.staffId, today) : null;
    const holder = post ? await this.organisation.nearestPostHolder(post.unitId, decidingPosition, today) : null;
    return {
      decidingPosition,
      positionName,
      decider: holder ? `${holder.unitName} ${holder.positionName}（${holder.staffName}）` : null,
    };
  }
}
