import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { AuditTrail, type Principal } from '@ringi/auth';
import {
  Clock,
  ConflictError,
  InvalidInputError,
  NotFoundError,
  Transactions,
  UnprocessableError,
} from '@ringi/platform';
import { jstDateOf } from '../../organisation/domain/dates';
import { Staff } from '../../organisation/entities/staff.entity';
import { AttendanceAccess } from '../attendance-access';
import { ATTENDANCE_PROCESSES, AttendanceWorkflow } from '../attendance-workflow';
import { monthRange } from '../clocking/day-split';
import { AttendanceMonth } from '../entities/attendance-month.entity';
import { MonthSummary, type MonthSheet } from './month-summary';

export interface MonthView extends MonthSheet {
  status: AttendanceMonth['status'];
  instanceId: number | null;
}

export interface MonthOverviewRow {
  staffId: number;
  employeeNo: string;
  name: string;
  status: AttendanceMonth['status'];
  instanceId: number | null;
  submittedAt: Date | null;
  approvedAt: Date | null;
  closedAt: Date | null;
}

export interface ClosingResult {
  month: string;
  closed: number;
  /** Staff whose month is not yet approved by their supervisor, left open. */
  notApproved: { staffId: number; status: AttendanceMonth['status'] }[];
}

/**
 * 月次締め: the staff member submits the month (no missing punches left), the supervisor approves it in the
 * workflow, HR closes the approved months. A closed month is locked (MonthLock); HR may reopen it with a reason.
 */
@Injectable()
export class ClosingService implements OnModuleInit {
  constructor(
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    private readonly access: AttendanceAccess,
    private readonly workflow: AttendanceWorkflow,
    private readonly summary: MonthSummary,
    private readonly audit: AuditTrail,
  ) {}

  onModuleInit(): void {
    this.workflow.onEnded(ATTENDANCE_PROCESSES.month, (key, outcome, em) =>
      this.approvalEnded(em, Number(key), outcome),
    );
  }

  view(principal: Principal, staffId: number, month: string): Promise<MonthView> {
    return this.transactions.run(async (em) => {
      await this.access.assertMayRead(principal, staffId, jstDateOf(this.clock.now()));
      const row = await em.findOneBy(AttendanceMonth, { staffId, month });
      const sheet = await this.summary.sheet(em, staffId, month, this.clock.now());
      return { ...sheet, status: row?.status ?? 'open', instanceId: row?.instanceId ?? null };
    });
  }

  submit(principal: Principal, month: string): Promise<MonthView> {
    const staffId = this.access.self(principal);
    return this.transactions.run(async (em) => {
      const now = this.clock.now();
      if (monthRange(month).first > jstDateOf(now)) {
        throw new InvalidInputError('入力内容に誤りがあります。', [
          { field: 'month', messages: ['先の月は提出できません'] },
        ]);
      }
      const row = await this.monthRow(em, staffId, month);
      if (row.status !== 'open') throw new ConflictError(`${month} の勤怠は提出済みです。`);
      const sheet = await this.summary.sheet(em, staffId, month, now);
      const flagged = sheet.days.filter((d) => d.flags.length > 0);
      if (flagged.length > 0) {
        throw new UnprocessableError(
          `打刻漏れ・未入力の日があります（${flagged.map((d) => d.date.slice(5)).join('、')}）。打刻修正か休暇の申請をしてから提出してください。`,
          { days: flagged.map((d) => ({ date: d.date, flags: d.flags })) },
        );
      }
      row.status = 'submitted';
      row.submittedAt = now;
      row.instanceId = await this.workflow.start(
        em,
        ATTENDANCE_PROCESSES.month,
        row.id,
        { staffId, date: jstDateOf(now) },
        { month },
        principal,
      );
      await em.save(AttendanceMonth, row);
      return { ...sheet, status: row.status, instanceId: row.instanceId };
    });
  }

  /** HR's view of a month: every staff member who submitted it, with the state of their month. */
  overview(month: string): Promise<MonthOverviewRow[]> {
    return this.transactions.run(async (em) => {
      const rows = await em.find(AttendanceMonth, { where: { month }, order: { staffId: 'ASC' } });
      const staff = rows.length
        ? new Map((await em.findBy(Staff, { id: In(rows.map((r) => r.staffId)) })).map((s) => [s.id, s]))
        : new Map<number, Staff>();
      return rows.map((r) => {
        const person = staff.get(r.staffId);
        return {
          staffId: r.staffId,
          employeeNo: person?.employeeNo ?? '',
          name: person ? `${person.familyName} ${person.givenName}` : '',
          status: r.status,
          instanceId: r.instanceId,
          submittedAt: r.submittedAt,
          approvedAt: r.approvedAt,
          closedAt: r.closedAt,
        };
      });
    });
  }

  /** Closes every approved month of `month`; the others stay as they are and are listed. */
  close(principal: Principal, month: string): Promise<ClosingResult> {
    return this.transactions.run(async (em) => {
      const rows = await em.find(AttendanceMonth, { where: { month }, ...this.transactions.lock });
      const approved = rows.filter((r) => r.status === 'approved');
      const now = this.clock.now();
      for (const row of approved) {
        await em.update(
          AttendanceMonth,
          { id: row.id },
          { status: 'closed', closedAt: now, closedByUserId: principal.userId },
        );
      }
      const result: ClosingResult = {
        month,
        closed: approved.length,
        notApproved: rows
          .filter((r) => r.status === 'open' || r.status === 'submitted')
          .map((r) => ({ staffId: r.staffId, status: r.status })),
      };
      await this.audit.record({
        action: 'attendance.month.closed',
        targetType: 'attendance-month',
        targetId: month,
        capacity: 'hr',
        detail: { closedStaffIds: approved.map((r) => r.staffId), notApproved: result.notApproved.length },
      });
      return result;
    });
  }

  /** HR reopens a closed month (back to approved) with a reason, audited. */
  reopen(principal: Principal, staffId: number, month: string, reason: string): Promise<MonthView> {
    return this.transactions.run(async (em) => {
      const row = await em.findOne(AttendanceMonth, { where: { staffId, month }, ...this.transactions.lock });
      if (!row) throw new NotFoundError(`${month} の勤怠がありません。`);
      if (row.status !== 'closed') throw new ConflictError(`${month} の勤怠は締められていません。`);
      await em.update(AttendanceMonth, { id: row.id }, { status: 'approved', closedAt: null, closedByUserId: null });
      await this.audit.record({
        action: 'attendance.month.reopened',
        targetType: 'attendance-month',
        targetId: row.id,
        capacity: 'hr',
        detail: { staffId, month, reason },
      });
      const sheet = await this.summary.sheet(em, staffId, month, this.clock.now());
      return { ...sheet, status: 'approved', instanceId: row.instanceId };
    });
  }

  private async monthRow(em: EntityManager, staffId: number, month: string): Promise<AttendanceMonth> {
    const found = await em.findOne(AttendanceMonth, { where: { staffId, month }, ...this.transactions.lock });
    if (found) return found;
    const row = em.create(AttendanceMonth, {
      staffId,
      month,
      status: 'open',
      instanceId: null,
      submittedAt: null,
      approvedAt: null,
      closedAt: null,
      closedByUserId: null,
    });
    await em.insert(AttendanceMonth, row);
    return row;
  }

  /** The supervisor's approval makes the month ready to close; 差戻し to the end (却下) or 取下げ reopens it. */
  private async approvalEnded(em: EntityManager, id: number, outcome: string): Promise<void> {
    const row = await em.findOne(AttendanceMonth, { where: { id }, ...this.transactions.lock });
    if (!row || row.status !== 'submitted') return;
    const approved = outcome === 'completed';
    await em.update(
      AttendanceMonth,
      { id },
      approved ? { status: 'approved', approvedAt: this.clock.now() } : { status: 'open', submittedAt: null },
    );
  }
}
