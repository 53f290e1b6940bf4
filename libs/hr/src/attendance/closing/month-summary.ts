import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { addDays, jstDateOf, type CalendarDate } from '../../organisation/domain/dates';
import { monthRange, splitOfDay } from '../clocking/day-split';
import { MAX_SHIFT_MS } from '../clocking/shift-boundary';
import { AttendanceDay, type PunchSource } from '../entities/attendance-day.entity';
import { LeaveRequest } from '../entities/leave.entity';
import { OvertimeOrder } from '../entities/overtime-order.entity';
import { leaveDayMinutes } from '../leave/leave-periods';
import { PatternsService } from '../patterns/patterns.service';
import type { WorkTimeSplit } from '../rules/work-time-split';

/**
 * Why a day needs a look: a punch missing, a working day gone by without record or leave, or a
 * day's leave still waiting for approval (a month is submitted only when none is left).
 */
export type DayFlag = 'missingClockIn' | 'missingClockOut' | 'noRecord' | 'leavePending';

export interface DayLine {
  date: CalendarDate;
  patternCode: string | null;
  working: boolean;
  clockInAt: Date | null;
  clockInSource: PunchSource | null;
  clockOutAt: Date | null;
  clockOutSource: PunchSource | null;
  leave: { kindCode: string; unit: string; minutes: number; status: string }[];
  split: WorkTimeSplit | null;
  flags: DayFlag[];
}

export interface MonthTotals {
  daysWorked: number;
  /** Approved leave per kind, in days of the staff member's leave day (hour leave as a fraction). */
  leaveDays: Record<string, number>;
  /** Confirmed overtime in minutes, by payroll category. */
  overtime: { weekday: number; holiday: number; lateNight: number };
}

export interface MonthSheet {
  staffId: number;
  month: string;
  days: DayLine[];
  totals: MonthTotals;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The attendance sheet of a staff member's month (出勤簿) and its totals for payroll. */
@Injectable()
export class MonthSummary {
  constructor(private readonly patterns: PatternsService) {}

  async sheet(em: EntityManager, staffId: number, month: string, now: Date): Promise<MonthSheet> {
    const { first, last } = monthRange(month);
    const today = jstDateOf(now);
    const schedule = await this.patterns.scheduleBetween(em, staffId, first, last);
    const inMonth = { staffId, from: first, to: last };
    const records = await em
      .getRepository(AttendanceDay)
      .createQueryBuilder('d')
      .where('d.staffId = :staffId AND d.workDate >= :from AND d.workDate <= :to', inMonth)
      .getMany();
    const leave = await em
      .getRepository(LeaveRequest)
      .createQueryBuilder('r')
      .where('r.staffId = :staffId AND r.endDate >= :from AND r.startDate <= :to', inMonth)
      .andWhere('r.status IN (:...statuses)', { statuses: ['pending', 'approved'] })
      .getMany();
    const overtime = await em
      .getRepository(OvertimeOrder)
      .createQueryBuilder('o')
      .where('o.staffId = :staffId AND o.workDate >= :from AND o.workDate <= :to', inMonth)
      .andWhere('o.status = :status', { status: 'confirmed' })
      .getMany();
    const byDate = new Map(records.map((r) => [r.workDate, r]));
    const totals: MonthTotals = { daysWorked: 0, leaveDays: {}, overtime: { weekday: 0, holiday: 0, lateNight: 0 } };
    const days = schedule.map(({ date, pattern, schedule: scheduled }): DayLine => {
      const record = byDate.get(date);
      const dayLeave = leave
        .filter((r) => r.startDate <= date && date <= r.endDate && (r.unit !== 'day' || scheduled !== null))
        .map((r) => ({
          kindCode: r.kindCode,
          unit: r.unit,
          minutes: r.unit === 'day' ? r.minutes / Math.max(r.days, 1) : r.minutes,
          status: r.status,
        }));
      const flags: DayFlag[] = [];
      if (record?.clockOutAt && !record.clockInAt) flags.push('missingClockIn');
      if (record?.clockInAt && !record.clockOutAt && date < today && !this.mayStillEnd(record, byDate, now)) {
        flags.push('missingClockOut');
      }
      const onLeaveAllDay = dayLeave.some((l) => l.unit === 'day');
      if (scheduled && date < today && !record?.clockInAt && !record?.clockOutAt && !onLeaveAllDay) {
        flags.push('noRecord');
      }
      if (dayLeave.some((l) => l.status === 'pending')) flags.push('leavePending');
      if (record?.clockInAt) totals.daysWorked += 1;
      const dayMinutes = leaveDayMinutes(pattern?.dailyMinutes ?? 465);
      for (const l of dayLeave.filter((x) => x.status === 'approved')) {
        totals.leaveDays[l.kindCode] = round2((totals.leaveDays[l.kindCode] ?? 0) + l.minutes / dayMinutes);
      }
      return {
        date,
        patternCode: pattern?.code ?? null,
        working: scheduled !== null,
        clockInAt: record?.clockInAt ?? null,
        clockInSource: record?.clockInSource ?? null,
        clockOutAt: record?.clockOutAt ?? null,
        clockOutSource: record?.clockOutSource ?? null,
        leave: dayLeave,
        split: splitOfDay(record, pattern),
        flags,
      };
    });
    for (const o of overtime) {
      totals.overtime.weekday += o.weekdayMinutes;
      totals.overtime.holiday += o.holidayMinutes;
      totals.overtime.lateNight += o.lateNightMinutes;
    }
    return { staffId, month, days, totals };
  }

  /** A shift still open may yet be ended past midnight (a night shift) until 24 hours or the next day's clock-in. */
  private mayStillEnd(record: AttendanceDay, byDate: Map<CalendarDate, AttendanceDay>, now: Date): boolean {
    const next = byDate.get(addDays(record.workDate, 1));
    return now.getTime() - record.clockInAt!.getTime() < MAX_SHIFT_MS && !next?.clockInAt;
  }
}
