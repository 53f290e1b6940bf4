import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail, type Principal } from '@ringi/auth';
import { Clock, NotFoundError, Transactions, UnprocessableError, ConflictError } from '@ringi/platform';
import { jstDateOf, type CalendarDate } from '../../organisation/domain/dates';
import { OrganisationService } from '../../organisation/organisation.service';
import { AttendanceAccess } from '../attendance-access';
import { EXCESS_APPROVING_RANK } from '../approving-ranks';
import { ATTENDANCE_PROCESSES, AttendanceWorkflow } from '../attendance-workflow';
import { ClockingService } from '../clocking/clocking.service';
import { monthRange, workDayOf } from '../clocking/day-split';
import { MonthLock, monthOf } from '../closing/month-lock';
import { OvertimeOrder, SectionDesignation } from '../entities/overtime-order.entity';
import { PatternsService } from '../patterns/patterns.service';
import {
  assessOvertime,
  monthsEndingWith,
  monthsOfFiscalYearUpTo,
  type OvertimeDesignation,
  type OvertimeFinding,
  type OvertimeMonth,
} from '../rules/overtime-limits';
import { overtimeSplit, splitWorkTime } from '../rules/work-time-split';

export interface OvertimeOrderInput {
  staffId: number;
  workDate: CalendarDate;
  plannedMinutes: number;
  task: string;
  excessReason?: string | null;
}

export interface OvertimeResult {
  order: OvertimeOrder;
  /** The limits the month reaches with this order: warnings, or the exceeded ones its extra approval covers. */
  findings: OvertimeFinding[];
}

/** Orders that count against the limits: planned while open, confirmed minutes once confirmed. */
const COUNTING = ['ordered', 'awaitingExcess', 'confirmed'];
const countedMinutes = (o: OvertimeOrder) => (o.status === 'confirmed' ? (o.confirmedMinutes ?? 0) : o.plannedMinutes);

/**
 * 時間外勤務命令: the supervisor orders overtime in advance and confirms the actual minutes afterwards. Each
 * order is checked against the limits of the staff member's section (他律的業務 or not): near a limit the answer
 * carries warnings; past one, the order needs a reason and the extra approval of the 課長 in the workflow.
 */
@Injectable()
export class OvertimeService implements OnModuleInit {
  constructor(
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    private readonly access: AttendanceAccess,
    private readonly organisation: OrganisationService,
    private readonly workflow: AttendanceWorkflow,
    private readonly patterns: PatternsService,
    private readonly clocking: ClockingService,
    private readonly lock: MonthLock,
    private readonly audit: AuditTrail,
  ) {}

  onModuleInit(): void {
    this.workflow.onEnded(ATTENDANCE_PROCESSES.overtimeExcess, (key, outcome, em) =>
      this.excessEnded(em, Number(key), outcome),
    );
  }

  designate(
    unitId: number,
    designation: OvertimeDesignation,
  ): Promise<{ unitId: number; designation: OvertimeDesignation }> {
    return this.transactions.run(async (em) => {
      await this.organisation.getUnit(unitId);
      if (designation === 'normal') await em.delete(SectionDesignation, { unitId });
      else await em.save(SectionDesignation, { unitId, designation });
      await this.audit.record({
        action: 'attendance.section.designated',
        targetType: 'org-unit',
        targetId: unitId,
        capacity: 'hr',
        detail: { designation },
      });
      return { unitId, designation };
    });
  }

  /** The designation of the staff member's main unit or its nearest designated ancestor. */
  async designationOf(em: EntityManager, staffId: number, date: CalendarDate): Promise<OvertimeDesignation> {
    const main = await this.organisation.mainPostOf(staffId, date);
    if (!main) return 'normal';
    const designations = new Map((await em.find(SectionDesignation)).map((d) => [d.unitId, d.designation]));
    for (const unit of await this.organisation.unitAncestors(main.unitId)) {
      const found = designations.get(unit.id);
      if (found) return found;
    }
    return 'normal';
  }

  order(principal: Principal, input: OvertimeOrderInput): Promise<OvertimeResult> {
    return this.transactions.run(async (em) => {
      await this.access.assertSupervisor(principal, input.staffId, input.workDate);
      await this.lock.assertChangeable(em, input.staffId, input.workDate, { principal }, {});
      const findings = await this.assess(em, input.staffId, input.workDate, input.plannedMinutes);
      const exceeded = findings.filter((f) => f.level === 'exceeded');
      const reason = input.excessReason?.trim() || null;
      if (exceeded.length > 0 && !reason) {
        throw new UnprocessableError(
          `上限を超えます（${exceeded.map((f) => f.message).join('、')}）。命令するには理由を入力し、課長の承認を受けてください。`,
          { findings },
        );
      }
      const order = await em.save(
        OvertimeOrder,
        em.create(OvertimeOrder, {
          staffId: input.staffId,
          workDate: input.workDate,
          plannedMinutes: input.plannedMinutes,
          task: input.task,
          status: exceeded.length > 0 ? 'awaitingExcess' : 'ordered',
          orderedByUserId: principal.userId,
          orderedAt: this.clock.now(),
          excessReason: exceeded.length > 0 ? reason : null,
          excessInstanceId: null,
          confirmedMinutes: null,
          weekdayMinutes: 0,
          holidayMinutes: 0,
          lateNightMinutes: 0,
          confirmedByUserId: null,
          confirmedAt: null,
        }),
      );
      if (exceeded.length > 0) {
        order.excessInstanceId = await this.workflow.start(
          em,
          ATTENDANCE_PROCESSES.overtimeExcess,
          order.id,
          { staffId: this.access.self(principal), date: jstDateOf(this.clock.now()), maxRank: EXCESS_APPROVING_RANK },
          { staffId: input.staffId, workDate: input.workDate, reason },
          principal,
        );
        await em.update(OvertimeOrder, { id: order.id }, { excessInstanceId: order.excessInstanceId });
        await this.audit.record({
          action: 'attendance.overtime.excessRequested',
          targetType: 'overtime-order',
          targetId: order.id,
          detail: { staffId: input.staffId, workDate: input.workDate, reason, exceeded },
        });
      }
      return { order, findings };
    });
  }

  /**
   * Confirms the actual overtime of an order: at most what was ordered and what the clock shows. Its payroll
   * categories are those of the last minutes worked outside the schedule (overtimeSplit).
   */
  confirm(principal: Principal, id: number, minutes: number): Promise<OvertimeResult> {
    return this.transactions.run(async (em) => {
      const order = await em.findOne(OvertimeOrder, { where: { id }, ...this.transactions.lock });
      if (!order) throw new NotFoundError(`時間外勤務命令（ID ${id}）が見つかりません。`);
      await this.access.assertSupervisor(principal, order.staffId, order.workDate);
      if (order.status !== 'ordered') throw new ConflictError('この命令は実績を確認できる状態ではありません。');
      await this.lock.assertChangeable(em, order.staffId, order.workDate, { principal }, { overtimeOrder: id });
      const pattern = await this.patterns.patternOn(em, order.staffId, order.workDate);
      const day = await this.clocking.dayRow(em, order.staffId, order.workDate, false);
      const workDay = workDayOf(day, pattern);
      if (!workDay) throw new UnprocessableError('この日の出勤・退勤の打刻がそろっていません。');
      const split = splitWorkTime(workDay);
      const clocked = split.weekdayOvertime + split.holidayWork;
      if (minutes > Math.min(order.plannedMinutes, clocked)) {
        throw new UnprocessableError(
          `実績は命令時間（${order.plannedMinutes}分）と打刻による時間外（${clocked}分）を超えられません。`,
        );
      }
      const categories = overtimeSplit(workDay, minutes);
      const changes = {
        status: 'confirmed' as const,
        confirmedMinutes: minutes,
        weekdayMinutes: categories.weekday,
        holidayMinutes: categories.holiday,
        lateNightMinutes: categories.lateNight,
        confirmedByUserId: principal.userId,
        confirmedAt: this.clock.now(),
      };
      await em.update(OvertimeOrder, { id }, changes);
      const confirmed = { ...order, ...changes };
      return { order: confirmed, findings: await this.assess(em, order.staffId, order.workDate, 0) };
    });
  }

  list(principal: Principal, staffId: number, month: string): Promise<OvertimeOrder[]> {
    return this.transactions.run(async (em) => {
      await this.access.assertMayRead(principal, staffId, jstDateOf(this.clock.now()));
      const { first, last } = monthRange(month);
      return em
        .getRepository(OvertimeOrder)
        .createQueryBuilder('o')
        .where('o.staffId = :staffId', { staffId })
        .andWhere('o.workDate >= :first AND o.workDate <= :last', { first, last })
        .orderBy('o.workDate')
        .addOrderBy('o.id')
        .getMany();
    });
  }

  /** What ordering `minutes` more would reach: the warnings the supervisor sees before ordering. */
  preview(principal: Principal, staffId: number, workDate: CalendarDate, minutes: number): Promise<OvertimeFinding[]> {
    return this.transactions.run(async (em) => {
      await this.access.assertSupervisor(principal, staffId, workDate);
      return this.assess(em, staffId, workDate, minutes);
    });
  }

  /** The limits the month of `date` reaches with `extraMinutes` more. */
  private async assess(em: EntityManager, staffId: number, date: CalendarDate, extraMinutes: number) {
    const month = monthOf(date);
    const months = [...new Set([...monthsEndingWith(month, 6), ...monthsOfFiscalYearUpTo(month)])].sort();
    const { first } = monthRange(months[0]);
    const { last } = monthRange(month);
    const orders = await em
      .getRepository(OvertimeOrder)
      .createQueryBuilder('o')
      .where('o.staffId = :staffId', { staffId })
      .andWhere('o.status IN (:...statuses)', { statuses: COUNTING })
      .andWhere('o.workDate >= :first AND o.workDate <= :last', { first, last })
      .getMany();
    const history: OvertimeMonth[] = orders.map((o) => ({ month: monthOf(o.workDate), minutes: countedMinutes(o) }));
    history.push({ month, minutes: extraMinutes });
    return assessOvertime(await this.designationOf(em, staffId, date), month, history);
  }

  private async excessEnded(em: EntityManager, id: number, outcome: string): Promise<void> {
    const order = await em.findOne(OvertimeOrder, { where: { id }, ...this.transactions.lock });
    if (!order || order.status !== 'awaitingExcess') return;
    const approved = outcome === 'completed';
    await em.update(OvertimeOrder, { id }, { status: approved ? 'ordered' : 'refused' });
    await this.audit.record({
      action: approved ? 'attendance.overtime.excessApproved' : 'attendance.overtime.excessRefused',
      targetType: 'overtime-order',
      targetId: id,
      detail: { staffId: order.staffId, workDate: order.workDate, reason: order.excessReason, outcome },
    });
  }
}
