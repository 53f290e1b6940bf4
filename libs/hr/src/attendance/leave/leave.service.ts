import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail, type Principal } from '@ringi/auth';
import {
  Clock,
  ConflictError,
  InvalidInputError,
  NotFoundError,
  Transactions,
  UnprocessableError,
} from '@ringi/platform';
import { addDays, jstDateOf, type CalendarDate } from '../../organisation/domain/dates';
import { AttendanceAccess } from '../attendance-access';
import { ATTENDANCE_PROCESSES, AttendanceWorkflow } from '../attendance-workflow';
import { MonthLock } from '../closing/month-lock';
import { AttendanceProfile } from '../entities/attendance-profile.entity';
import { LeaveBalance, LeaveKind, LeaveRequest } from '../entities/leave.entity';
import { PatternsService } from '../patterns/patterns.service';
import { carryOver, hourLeaveCapHours } from '../rules/annual-leave';
import { isWithinSchedule } from '../rules/work-time-split';
import { ANNUAL_LEAVE, type LeaveUnit } from './leave-kinds';
import { GrantAttendance, type PeriodAttendance } from './grant-attendance';
import {
  annualGrantDays,
  annualLeavePeriod,
  formatLeave,
  leaveDayMinutes,
  precedingPeriod,
  type LeavePeriod,
} from './leave-periods';

export interface LeaveRequestInput {
  kindCode: string;
  unit: LeaveUnit;
  startDate: CalendarDate;
  endDate: CalendarDate;
  /** 午前 or 午後 for a half day. */
  half?: 'am' | 'pm';
  /** Hour leave: its start (HH:MM) and whole hours. */
  startTime?: string;
  hours?: number;
  reason: string;
}

export interface BalanceView {
  kindCode: string;
  kindName: string;
  periodStart: CalendarDate;
  periodEnd: CalendarDate;
  dayMinutes: number;
  grantedMinutes: number;
  carriedMinutes: number;
  usedMinutes: number;
  pendingMinutes: number;
  availableMinutes: number;
  /** 「12日4時間」 */
  available: string;
  hourLeaveMinutes: number;
  hourLeaveCapMinutes: number | null;
}

export type LeaveRequestView = LeaveRequest;

const available = (b: LeaveBalance) => b.grantedMinutes + b.carriedMinutes - b.usedMinutes - b.pendingMinutes;
const unitsOf = (kind: LeaveKind) => kind.units.split(',') as LeaveUnit[];
const UNIT_LABELS: Record<LeaveUnit, string> = { day: '1日', halfDay: '半日', hour: '時間' };
/** How far back balances are created when a staff member's first one is asked for: carry-over needs the year before. */
const PERIODS_BACK = 1;

/**
 * Leave (休暇): balances per staff member, kind and grant period, created when first needed (the grant of the
 * period and the carry-over of the one before); requests reserve minutes (pending), the supervisor approves
 * in the workflow and the minutes are consumed, or released on rejection or 取下げ. Every balance change locks
 * the staff member's attendance profile row first, so of two requests for the last day exactly one succeeds.
 */
@Injectable()
export class LeaveService implements OnModuleInit {
  constructor(
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    private readonly access: AttendanceAccess,
    private readonly workflow: AttendanceWorkflow,
    private readonly patterns: PatternsService,
    private readonly grantAttendance: GrantAttendance,
    private readonly lock: MonthLock,
    private readonly audit: AuditTrail,
  ) {}

  onModuleInit(): void {
    this.workflow.onEnded(ATTENDANCE_PROCESSES.leave, (key, outcome, em) => this.ended(em, Number(key), outcome));
  }

  kinds(): Promise<LeaveKind[]> {
    return this.transactions.run((em) => em.find(LeaveKind, { order: { sortOrder: 'ASC' } }));
  }

  /** Balances on a date of every kind that has one; created on first sight. */
  balances(principal: Principal, staffId: number, date: CalendarDate): Promise<BalanceView[]> {
    return this.transactions.run(async (em) => {
      await this.access.assertMayRead(principal, staffId, jstDateOf(this.clock.now()));
      const profile = await this.lockProfile(em, staffId);
      const kinds = await em.find(LeaveKind, { order: { sortOrder: 'ASC' } });
      const views: BalanceView[] = [];
      for (const kind of kinds) {
        const balance = await this.balanceOf(em, profile, kind, date);
        if (balance) views.push(await this.view(em, balance, kind));
      }
      return views;
    });
  }

  request(principal: Principal, input: LeaveRequestInput): Promise<LeaveRequestView> {
    const staffId = this.access.self(principal);
    return this.transactions.run(async (em) => {
      const profile = await this.lockProfile(em, staffId);
      const kind = await em.findOneBy(LeaveKind, { code: input.kindCode });
      if (!kind) throw new NotFoundError(`休暇の種類「${input.kindCode}」がありません。`);
      const charge = await this.charge(em, staffId, kind, input);
      for (const day of charge.dates) {
        await this.lock.assertChangeable(em, staffId, day, { principal: null }, {});
      }
      await this.assertNoOverlap(em, staffId, input);
      const balance = await this.balanceOf(em, profile, kind, input.startDate);
      if (kind.code === ANNUAL_LEAVE && !balance) {
        throw new UnprocessableError('年次有給休暇はまだ付与されていません（採用から6か月後に付与されます）。');
      }
      if (balance) {
        if (charge.minutes > available(balance)) {
          throw new UnprocessableError(
            `${kind.name}の残りが足りません（残り ${formatLeave(Math.max(available(balance), 0), balance.dayMinutes)}、申請 ${formatLeave(charge.minutes, balance.dayMinutes)}）。`,
          );
        }
        const hourMinutes = input.unit === 'hour' ? charge.minutes : 0;
        if (kind.code === ANNUAL_LEAVE && hourMinutes > 0) {
          const cap = hourLeaveCapHours(charge.dailyMinutes) * 60;
          if (balance.hourLeaveMinutes + hourMinutes > cap) {
            throw new UnprocessableError(
              `時間単位の年次有給休暇は年${cap / 60}時間（5日分）までです。この期間の残りは${(cap - balance.hourLeaveMinutes) / 60}時間です。`,
            );
          }
        }
        balance.pendingMinutes += charge.minutes;
        balance.hourLeaveMinutes += hourMinutes;
        await em.save(LeaveBalance, balance);
      }
      const row = await em.save(
        LeaveRequest,
        em.create(LeaveRequest, {
          staffId,
          kindCode: kind.code,
          unit: input.unit,
          startDate: input.startDate,
          endDate: input.endDate,
          startTime: charge.startTime,
          minutes: charge.minutes,
          days: input.unit === 'day' ? charge.dates.length : 0,
          balanceId: balance?.id ?? null,
          reason: input.reason,
          status: 'pending',
          instanceId: null,
          requestedAt: this.clock.now(),
        }),
      );
      row.instanceId = await this.workflow.start(
        em,
        ATTENDANCE_PROCESSES.leave,
        row.id,
        { staffId, date: jstDateOf(this.clock.now()) },
        { kind: kind.code, unit: input.unit, startDate: input.startDate, endDate: input.endDate },
        principal,
      );
      await em.update(LeaveRequest, { id: row.id }, { instanceId: row.instanceId });
      return row;
    });
  }

  list(principal: Principal, staffId: number, from: CalendarDate, to: CalendarDate): Promise<LeaveRequestView[]> {
    return this.transactions.run(async (em) => {
      await this.access.assertMayRead(principal, staffId, jstDateOf(this.clock.now()));
      return em
        .getRepository(LeaveRequest)
        .createQueryBuilder('r')
        .where('r.staffId = :staffId', { staffId })
        .andWhere('r.endDate >= :from AND r.startDate <= :to', { from, to })
        .orderBy('r.startDate')
        .addOrderBy('r.id')
        .getMany();
    });
  }

  /** The minutes a request charges, the working dates it covers, and the rules of its kind. */
  private async charge(em: EntityManager, staffId: number, kind: LeaveKind, input: LeaveRequestInput) {
    const invalid = (field: string, message: string) =>
      new InvalidInputError('入力内容に誤りがあります。', [{ field, messages: [message] }]);
    if (!unitsOf(kind).includes(input.unit)) {
      throw invalid(
        'unit',
        `${kind.name}は${unitsOf(kind)
          .map((u) => UNIT_LABELS[u])
          .join('・')}単位で取得してください`,
      );
    }
    if (input.endDate < input.startDate) throw invalid('endDate', '終了日は開始日以降にしてください');
    if (input.unit !== 'day' && input.endDate !== input.startDate) {
      throw invalid('endDate', '半日・時間単位の休暇は1日の中で申請してください');
    }
    if (kind.monthFrom !== null && kind.monthTo !== null) {
      const inWindow = (d: CalendarDate) => {
        const m = Number(d.slice(5, 7));
        return kind.monthFrom! <= m && m <= kind.monthTo!;
      };
      if (!inWindow(input.startDate) || !inWindow(input.endDate)) {
        throw invalid('startDate', `${kind.name}は${kind.monthFrom}月〜${kind.monthTo}月に取得してください`);
      }
    }
    const scheduled = (await this.patterns.scheduleBetween(em, staffId, input.startDate, input.endDate)).filter(
      (d) => d.schedule !== null,
    );
    if (scheduled.length === 0) throw new UnprocessableError('申請の期間に勤務日がありません。');
    if (kind.maxDaysPerRequest !== null && scheduled.length > kind.maxDaysPerRequest) {
      throw new UnprocessableError(`${kind.name}は1回の申請で${kind.maxDaysPerRequest}日までです。`);
    }
    const dailyMinutes = scheduled[0].pattern!.dailyMinutes;
    const dayMinutes = leaveDayMinutes(dailyMinutes);
    const dates = scheduled.map((d) => d.date);
    const schedule = scheduled[0].schedule!;
    if (input.unit === 'day') return { minutes: dates.length * dayMinutes, dates, dailyMinutes, startTime: null };
    if (input.unit === 'halfDay') {
      if (!input.half) throw invalid('half', '午前・午後を指定してください');
      const startTime = input.half === 'am' ? schedule.from : (schedule.breaks[0]?.to ?? schedule.from);
      return { minutes: dayMinutes / 2, dates, dailyMinutes, startTime };
    }
    const hours = input.hours ?? 0;
    if (!Number.isInteger(hours) || hours < 1 || hours * 60 >= dayMinutes) {
      throw invalid('hours', `時間単位の休暇は1〜${dayMinutes / 60 - 1}時間で指定してください（それ以上は1日で申請）`);
    }
    if (!input.startTime || !isWithinSchedule(schedule, input.startTime)) {
      throw invalid('startTime', `開始時刻を勤務時間（${schedule.from}〜${schedule.to}）の中で指定してください`);
    }
    return { minutes: hours * 60, dates, dailyMinutes, startTime: input.startTime };
  }

  /** A whole-day request may not overlap another open or approved request; half days and hours may share a day. */
  private async assertNoOverlap(em: EntityManager, staffId: number, input: LeaveRequestInput): Promise<void> {
    const overlapping = await em
      .getRepository(LeaveRequest)
      .createQueryBuilder('r')
      .where('r.staffId = :staffId', { staffId })
      .andWhere('r.status IN (:...statuses)', { statuses: ['pending', 'approved'] })
      .andWhere('r.endDate >= :from AND r.startDate <= :to', { from: input.startDate, to: input.endDate })
      .getMany();
    if (overlapping.some((r) => r.unit === 'day' || input.unit === 'day')) {
      throw new ConflictError('同じ日に申請中または承認済みの休暇があります。');
    }
  }

  private async lockProfile(em: EntityManager, staffId: number): Promise<AttendanceProfile> {
    const profile = await em.findOne(AttendanceProfile, { where: { staffId }, ...this.transactions.lock });
    if (!profile)
      throw new UnprocessableError('勤怠情報（採用区分・勤務開始日）が登録されていません。人事課に連絡してください。');
    return profile;
  }

  /** The balance of a kind for the period containing `date`, created with its grant and carry-over; null for kinds without one. */
  private async balanceOf(
    em: EntityManager,
    profile: AttendanceProfile,
    kind: LeaveKind,
    date: CalendarDate,
    depth = 0,
  ): Promise<LeaveBalance | null> {
    const period = this.periodOf(profile, kind, date);
    if (!period) return null;
    const found = await em.findOne(LeaveBalance, {
      where: { staffId: profile.staffId, kindCode: kind.code, periodStart: period.start },
      ...this.transactions.lock,
    });
    if (found) return found;
    const pattern =
      (await this.patterns.patternOn(
        em,
        profile.staffId,
        period.start < profile.serviceStartDate ? profile.serviceStartDate : period.start,
      )) ?? (await this.patterns.patternOn(em, profile.staffId, date));
    if (!pattern) return null;
    const dayMinutes = leaveDayMinutes(pattern.dailyMinutes);
    let grantedDays = kind.yearlyDays ?? 0;
    let carriedMinutes = 0;
    let attendance: PeriodAttendance | null = null;
    if (kind.code === ANNUAL_LEAVE) {
      if (profile.employment === 'fiscalYear') {
        attendance = await this.grantAttendance.of(
          em,
          profile.staffId,
          precedingPeriod(profile.serviceStartDate, period),
        );
      }
      grantedDays = annualGrantDays(
        {
          employment: profile.employment,
          serviceStartDate: profile.serviceStartDate,
          daysPerWeek: pattern.daysPerWeek,
          dailyMinutes: pattern.dailyMinutes,
          attendedEightyPercent: attendance?.met ?? true,
        },
        period,
      );
      const previous =
        depth < PERIODS_BACK ? await this.balanceOf(em, profile, kind, addDays(period.start, -1), depth + 1) : null;
      if (previous) {
        const unusedDays =
          (previous.grantedMinutes + previous.carriedMinutes - previous.usedMinutes) / previous.dayMinutes;
        carriedMinutes = Math.round(carryOver(unusedDays) * dayMinutes);
      }
    }
    const row = em.create(LeaveBalance, {
      staffId: profile.staffId,
      kindCode: kind.code,
      periodStart: period.start,
      periodEnd: period.end,
      dayMinutes,
      grantedMinutes: grantedDays * dayMinutes,
      carriedMinutes,
      usedMinutes: 0,
      pendingMinutes: 0,
      hourLeaveMinutes: 0,
    });
    await em.insert(LeaveBalance, row);
    await this.audit.record({
      action: 'attendance.leave.granted',
      targetType: 'staff',
      targetId: profile.staffId,
      capacity: 'system',
      detail: { kind: kind.code, period, grantedDays, carriedMinutes, attendance },
    });
    return row;
  }

  private periodOf(profile: AttendanceProfile, kind: LeaveKind, date: CalendarDate): LeavePeriod | null {
    if (kind.code === ANNUAL_LEAVE) return annualLeavePeriod(profile.employment, profile.serviceStartDate, date);
    if (kind.yearlyDays === null) return null;
    const year = date.slice(0, 4);
    return { start: `${year}-01-01`, end: `${year}-12-31` };
  }

  private async view(em: EntityManager, b: LeaveBalance, kind: LeaveKind): Promise<BalanceView> {
    const pattern = await this.patterns.patternOn(em, b.staffId, b.periodStart);
    return {
      kindCode: b.kindCode,
      kindName: kind.name,
      periodStart: b.periodStart,
      periodEnd: b.periodEnd,
      dayMinutes: b.dayMinutes,
      grantedMinutes: b.grantedMinutes,
      carriedMinutes: b.carriedMinutes,
      usedMinutes: b.usedMinutes,
      pendingMinutes: b.pendingMinutes,
      availableMinutes: available(b),
      available: formatLeave(available(b), b.dayMinutes),
      hourLeaveMinutes: b.hourLeaveMinutes,
      hourLeaveCapMinutes:
        kind.code === ANNUAL_LEAVE ? hourLeaveCapHours(pattern?.dailyMinutes ?? b.dayMinutes) * 60 : null,
    };
  }

  /** Approval consumes the reserved minutes; rejection and 取下げ release them. */
  private async ended(em: EntityManager, id: number, outcome: string): Promise<void> {
    const request = await em.findOne(LeaveRequest, { where: { id }, ...this.transactions.lock });
    if (!request) throw new NotFoundError(`休暇申請（ID ${id}）が見つかりません。`);
    if (request.status !== 'pending') return;
    await this.lockProfile(em, request.staffId);
    const approved = outcome === 'completed';
    if (request.balanceId !== null) {
      const balance = await em.findOneOrFail(LeaveBalance, {
        where: { id: request.balanceId },
        ...this.transactions.lock,
      });
      balance.pendingMinutes -= request.minutes;
      if (approved) balance.usedMinutes += request.minutes;
      else if (request.unit === 'hour') balance.hourLeaveMinutes -= request.minutes;
      if (available(balance) < 0) throw new ConflictError('休暇の残りが足りないため承認できません。');
      await em.save(LeaveBalance, balance);
    }
    if (approved) {
      for (let d = request.startDate; d <= request.endDate; d = addDays(d, 1)) {
        await this.lock.assertChangeable(em, request.staffId, d, { principal: null }, {});
      }
    }
    await em.update(
      LeaveRequest,
      { id },
      { status: approved ? 'approved' : outcome === 'rejected' ? 'rejected' : 'withdrawn' },
    );
  }
}
