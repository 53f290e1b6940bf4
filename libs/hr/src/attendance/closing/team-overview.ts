import { Injectable } from '@nestjs/common';
import { permitsInUnit, type Principal } from '@ringi/auth';
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

export interface ClerkStaff {
  staffId: number;
  employeeNo: string;
  name: string;
  unitName: string;
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

  /** The staff a 庶務担当 may enter attendance for: the members of the units their attendance-clerk grants cover. */
  clerkStaff(principal: Principal): Promise<ClerkStaff[]> {
    const today = jstDateOf(this.clock.now());
    const units = principal.roles
      .filter((g) => g.scopeUnitId !== null && permitsInUnit([g], 'attendance.proxy', [g.scopeUnitId]))
      .map((g) => g.scopeUnitId!);
    return this.transactions.run(async () => {
      const out = new Map<number, ClerkStaff>();
      for (const unitId of units) {
        for (const m of await this.organisation.membersOfUnitSubtree(unitId, today)) {
          if (!out.has(m.staffId)) {
            out.set(m.staffId, {
              staffId: m.staffId,
              employeeNo: m.employeeNo,
              name: m.staffName,
              unitName: m.unitName,
            });
          }
        }
      }
      return [...out.values()];
    });
  }
}
