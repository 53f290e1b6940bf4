import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail, type Principal } from '@ringi/auth';
import { Clock, ConflictError, InvalidInputError, NotFoundError, Transactions } from '@ringi/platform';
import { addDays, jstDateOf, jstStartOf, type CalendarDate } from '../../organisation/domain/dates';
import { AttendanceAccess } from '../attendance-access';
import { MonthLock, type ChangeContext } from '../closing/month-lock';
import { AttendanceDay, type PunchSource } from '../entities/attendance-day.entity';
import { AttendanceProfile } from '../entities/attendance-profile.entity';
import { PatternsService } from '../patterns/patterns.service';
import { scheduleOn } from '../patterns/work-pattern';
import { toMinutes } from '../rules/work-time-split';
import { endsPreviousShift, MAX_SHIFT_MS } from './shift-boundary';

export type PunchKind = 'in' | 'out';

export interface DayTimes {
  clockInAt?: Date | null;
  clockOutAt?: Date | null;
}

export interface DayRecordView {
  staffId: number;
  workDate: CalendarDate;
  clockInAt: Date | null;
  clockInSource: PunchSource | null;
  clockOutAt: Date | null;
  clockOutSource: PunchSource | null;
}

export const toDayRecordView = (d: AttendanceDay): DayRecordView => ({
  staffId: d.staffId,
  workDate: d.workDate,
  clockInAt: d.clockInAt,
  clockInSource: d.clockInSource,
  clockOutAt: d.clockOutAt,
  clockOutSource: d.clockOutSource,
});

/** 打刻: clocking in and out by the button, by IC card, by the section's 庶務担当 (代理入力) and by HR. */
@Injectable()
export class ClockingService {
  constructor(
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    private readonly access: AttendanceAccess,
    private readonly lock: MonthLock,
    private readonly patterns: PatternsService,
    private readonly audit: AuditTrail,
  ) {}

  /** The staff member's own button on the LGWAN terminal. */
  clockSelf(principal: Principal, kind: PunchKind): Promise<DayRecordView> {
    const staffId = this.access.self(principal);
    return this.transactions.run((em) => this.punch(em, staffId, kind, 'self', principal));
  }

  /** Today's date (JST) and the day a punch now would act on: today's, or last night's shift still open. */
  today(principal: Principal): Promise<{ date: CalendarDate; record: DayRecordView | null }> {
    const staffId = this.access.self(principal);
    return this.transactions.run(async (em) => {
      const now = this.clock.now();
      const day = await this.openDay(em, staffId, now);
      return { date: jstDateOf(now), record: day ? toDayRecordView(day) : null };
    });
  }

  /**
   * An IC-card reader's touch: the first of the day clocks in, the next clocks out. The reader's account
   * can do nothing else; an unknown card answers 404 without telling whose cards exist.
   */
  clockByCard(principal: Principal, cardId: string): Promise<DayRecordView & { kind: PunchKind }> {
    return this.transactions.run(async (em) => {
      const profile = await em.findOneBy(AttendanceProfile, { cardId });
      if (!profile) throw new NotFoundError('登録されていないICカードです。');
      const today = await this.openDay(em, profile.staffId, this.clock.now());
      const kind: PunchKind = today?.clockInAt ? 'out' : 'in';
      const view = await this.punch(em, profile.staffId, kind, 'card', principal);
      return { ...view, kind };
    });
  }

  private async punch(
    em: EntityManager,
    staffId: number,
    kind: PunchKind,
    source: PunchSource,
    principal: Principal,
  ): Promise<DayRecordView> {
    const at = this.clock.now();
    const day =
      kind === 'out' ? await this.openDay(em, staffId, at) : await this.dayRow(em, staffId, jstDateOf(at), true);
    if (!day) throw new ConflictError('出勤の打刻がありません。打刻修正を申請してください。');
    await this.lock.assertChangeable(em, staffId, day.workDate, { principal }, { punch: kind });
    if (kind === 'in' && day.clockInAt) throw new ConflictError('本日は出勤済みです。');
    if (kind === 'out' && day.clockOutAt) throw new ConflictError('本日は退勤済みです。');
    const changes =
      kind === 'in'
        ? { clockInAt: at, clockInSource: source, clockInByUserId: principal.userId }
        : { clockOutAt: at, clockOutSource: source, clockOutByUserId: principal.userId };
    await em.update(AttendanceDay, { id: day.id }, changes);
    return toDayRecordView({ ...day, ...changes });
  }

  /** The day a clock-out at `at` ends: today, or yesterday's shift still open past midnight (endsPreviousShift). */
  private async openDay(em: EntityManager, staffId: number, at: Date): Promise<AttendanceDay | null> {
    const todayDate = jstDateOf(at);
    const today = await this.dayRow(em, staffId, todayDate, false);
    if (today?.clockInAt) return today;
    const yesterday = await this.dayRow(em, staffId, addDays(todayDate, -1), false);
    if (yesterday?.clockInAt && !yesterday.clockOutAt) {
      const pattern = await this.patterns.patternOn(em, staffId, todayDate);
      const schedule = pattern ? scheduleOn(pattern, todayDate) : null;
      const todayStart = schedule
        ? new Date(jstStartOf(todayDate).getTime() + toMinutes(schedule.from) * 60_000)
        : null;
      if (endsPreviousShift(at, yesterday.clockInAt, todayStart)) return yesterday;
    }
    return today;
  }

  /** The day's row, locked; created empty when `create` (the unique index makes a racing insert fail). */
  async dayRow(em: EntityManager, staffId: number, workDate: CalendarDate, create: true): Promise<AttendanceDay>;
  async dayRow(
    em: EntityManager,
    staffId: number,
    workDate: CalendarDate,
    create: false,
  ): Promise<AttendanceDay | null>;
  async dayRow(em: EntityManager, staffId: number, workDate: CalendarDate, create: boolean) {
    const found = await em.findOne(AttendanceDay, { where: { staffId, workDate }, ...this.transactions.lock });
    if (found || !create) return found;
    const row = em.create(AttendanceDay, {
      staffId,
      workDate,
      clockInAt: null,
      clockInSource: null,
      clockInByUserId: null,
      clockOutAt: null,
      clockOutSource: null,
      clockOutByUserId: null,
    });
    try {
      await em.insert(AttendanceDay, row);
      return row;
    } catch (error) {
      // Another request created the day first (unique staffId + workDate); MySQL keeps the transaction going.
      const raced = await em.findOne(AttendanceDay, { where: { staffId, workDate }, ...this.transactions.lock });
      if (!raced) throw error;
      return raced;
    }
  }

  /** 代理入力 by the section's 庶務担当 for staff without a terminal; recorded as proxy and audited. */
  enterAsProxy(principal: Principal, staffId: number, workDate: CalendarDate, times: DayTimes): Promise<DayRecordView> {
    return this.transactions.run(async (em) => {
      await this.access.assertProxy(principal, staffId, workDate);
      const view = await this.setTimes(em, staffId, workDate, times, 'proxy', { principal });
      await this.audit.record({
        action: 'attendance.day.proxyEntered',
        targetType: 'staff',
        targetId: staffId,
        capacity: 'proxy',
        detail: { workDate, clockInAt: times.clockInAt, clockOutAt: times.clockOutAt },
      });
      return view;
    });
  }

  /** HR's change of a day, also of a closed month when a reason is given (audited by the month lock). */
  enterAsHr(
    principal: Principal,
    staffId: number,
    workDate: CalendarDate,
    times: DayTimes,
    reason: string | null,
  ): Promise<DayRecordView> {
    return this.transactions.run(async (em) => {
      const view = await this.setTimes(em, staffId, workDate, times, 'hr', { principal, hrReason: reason });
      await this.audit.record({
        action: 'attendance.day.hrEntered',
        targetType: 'staff',
        targetId: staffId,
        capacity: 'hr',
        detail: { workDate, clockInAt: times.clockInAt, clockOutAt: times.clockOutAt, reason },
      });
      return view;
    });
  }

  /** Sets the given times of a day (an approved 打刻修正 too); checks the month lock and the order of the times. */
  async setTimes(
    em: EntityManager,
    staffId: number,
    workDate: CalendarDate,
    times: DayTimes,
    source: PunchSource,
    context: ChangeContext,
  ): Promise<DayRecordView> {
    await this.lock.assertChangeable(em, staffId, workDate, context, { source, ...times });
    const day = await this.dayRow(em, staffId, workDate, true);
    const by = context.principal?.userId ?? null;
    const next = { ...day };
    if (times.clockInAt !== undefined)
      Object.assign(next, { clockInAt: times.clockInAt, clockInSource: source, clockInByUserId: by });
    if (times.clockOutAt !== undefined)
      Object.assign(next, { clockOutAt: times.clockOutAt, clockOutSource: source, clockOutByUserId: by });
    checkTimes(workDate, next.clockInAt, next.clockOutAt);
    await em.save(AttendanceDay, next);
    return toDayRecordView(next);
  }
}

/** A clock-in falls on its working date; a clock-out after it, within a day. */
export function checkTimes(workDate: CalendarDate, clockInAt: Date | null, clockOutAt: Date | null): void {
  const problems = [];
  if (clockInAt && jstDateOf(clockInAt) !== workDate) {
    problems.push({ field: 'clockInAt', messages: ['出勤時刻は勤務日の日時にしてください'] });
  }
  if (
    clockInAt &&
    clockOutAt &&
    !(clockOutAt > clockInAt && clockOutAt.getTime() - clockInAt.getTime() < MAX_SHIFT_MS)
  ) {
    problems.push({ field: 'clockOutAt', messages: ['退勤時刻は出勤時刻より後（24時間以内）にしてください'] });
  }
  if (problems.length > 0) throw new InvalidInputError('入力内容に誤りがあります。', problems);
}
