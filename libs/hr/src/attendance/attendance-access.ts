import { Injectable } from '@nestjs/common';
import { permitsInUnit, type Principal } from '@ringi/auth';
import { AccessDeniedError, UnprocessableError } from '@ringi/platform';
import { OrganisationService } from '../organisation/organisation.service';
import { APPROVING_RANK } from './approving-ranks';
import type { CalendarDate } from '../organisation/domain/dates';

/** Who may act on whose attendance: oneself, the section's 庶務担当, a superior, or HR. */
@Injectable()
export class AttendanceAccess {
  constructor(private readonly organisation: OrganisationService) {}

  /** The caller's own staff id; accounts without staff (IC-card readers, admins) have no attendance. */
  self(principal: Principal): number {
    if (principal.staffId === null) throw new UnprocessableError('このアカウントには職員の勤怠がありません。');
    return principal.staffId;
  }

  isHr(principal: Principal): boolean {
    return principal.permissions.has('hr.manage');
  }

  /** Whether the caller is a superior (係長 or above) of the staff member on the date. */
  async isSupervisor(principal: Principal, staffId: number, date: CalendarDate): Promise<boolean> {
    if (principal.staffId === null || principal.staffId === staffId) return false;
    const superiors = await this.organisation.superiorsOf(staffId, date, { maxRank: APPROVING_RANK });
    return superiors.some((s) => s.staffId === principal.staffId);
  }

  async assertSupervisor(principal: Principal, staffId: number, date: CalendarDate): Promise<void> {
    if (!(await this.isSupervisor(principal, staffId, date))) {
      throw new AccessDeniedError('この職員の上司（係長以上）だけが行えます。');
    }
  }

  /** 庶務担当: an attendance-clerk grant whose scope covers the staff member's main unit. */
  async assertProxy(principal: Principal, staffId: number, date: CalendarDate): Promise<void> {
    const main = await this.organisation.mainPostOf(staffId, date);
    const units = main ? (await this.organisation.unitAncestors(main.unitId)).map((u) => u.id) : [];
    if (!main || !permitsInUnit(principal.roles, 'attendance.proxy', units)) {
      throw new AccessDeniedError('この職員の所属の庶務担当だけが代理入力できます。');
    }
  }

  /** Reading a staff member's attendance: themselves, a superior, their 庶務担当 or HR. */
  async assertMayRead(principal: Principal, staffId: number, date: CalendarDate): Promise<void> {
    if (principal.staffId === staffId || this.isHr(principal)) return;
    if (await this.isSupervisor(principal, staffId, date)) return;
    await this.assertProxy(principal, staffId, date).catch(() => {
      throw new AccessDeniedError('この職員の勤怠を閲覧する権限がありません。');
    });
  }
}
