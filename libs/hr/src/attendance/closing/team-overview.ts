import { Injectable } from '@nestjs/common';
import type { Principal } from '@ringi/auth';
import { Clock, Transactions } from '@ringi/platform';
import { jstDateOf } from '../../organisation/domain/dates';
import { OrganisationService } from '../../organisation/organisation.service';
import { AttendanceAccess } from '../attendance-access';
import { APPROVING_RANK } from '../approving-ranks';
import { AttendanceMonth } from '../entities/attendance-month.entity';
import { MonthSummary, type MonthTotals } from './month-summary';

export interface TeamMemberMonth {
  staffId: number;
  employeeNo: string;
  name: string;
  unitName: string;
  positionName: string;
  status: AttendanceMonth['status'];
  /** Days of the month with a flag (打刻漏れ, no record). */
  flaggedDays: number;
  totals: MonthTotals;
}

/** A supervisor's view of the staff they approve for: each one's month, its flags and totals. */
@Injectable()
export class TeamOverview {
  constructor(
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    private readonly organisation: OrganisationService,
    private readonly access: AttendanceAccess,
    private readonly summary: MonthSummary,
  ) {}

  month(principal: Principal, month: string): Promise<TeamMemberMonth[]> {
    const self = this.access.self(principal);
    return this.transactions.run(async (em) => {
      const now = this.clock.now();
      const today = jstDateOf(now);
      const posts = (await this.organisation.postsOf(self, today)).filter((p) => p.rank <= APPROVING_RANK);
      const seen = new Set<number>([self]);
      const rows: TeamMemberMonth[] = [];
      for (const post of posts) {
        for (const member of await this.organisation.membersOfUnitSubtree(post.unitId, today)) {
          if (seen.has(member.staffId)) continue;
          seen.add(member.staffId);
          if (!(await this.access.isSupervisor(principal, member.staffId, today))) continue;
          const row = await em.findOneBy(AttendanceMonth, { staffId: member.staffId, month });
          const sheet = await this.summary.sheet(em, member.staffId, month, now);
          rows.push({
            staffId: member.staffId,
            employeeNo: member.employeeNo,
            name: member.staffName,
            unitName: member.unitName,
            positionName: member.positionName,
            status: row?.status ?? 'open',
            flaggedDays: sheet.days.filter((d) => d.flags.length > 0).length,
            totals: sheet.totals,
          });
        }
      }
      return rows;
    });
  }
}
