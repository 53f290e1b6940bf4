import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CalendarDate } from '../../organisation/domain/dates';
import { AttendanceDay } from '../entities/attendance-day.entity';
import { LeaveKind, LeaveRequest } from '../entities/leave.entity';
import { PatternsService } from '../patterns/patterns.service';
import { attendanceRate, scheduledDayOutcome, type AttendanceRate } from '../rules/attendance-rate';
import type { LeavePeriod } from './leave-periods';

/** The 出勤率 of a period, and from when ringi has kept the staff member's attendance. */
export interface PeriodAttendance extends AttendanceRate {
  period: LeavePeriod;
  /** The first day judged: the period's start, or the first day recorded in ringi when that is later. */
  judgedFrom: CalendarDate;
}

/**
 * Reads a staff member's scheduled days, clocked days and approved whole-day leave over the period before an
 * annual-leave grant. Days before ringi's first record of them (attendance kept on paper before its
 * introduction) are not judged; with no record at all, there is nothing to judge by and null is answered.
 */
@Injectable()
export class GrantAttendance {
  constructor(private readonly patterns: PatternsService) {}

  async of(em: EntityManager, staffId: number, period: LeavePeriod): Promise<PeriodAttendance | null> {
    const firstDay = await em.findOne(AttendanceDay, { where: { staffId }, order: { workDate: 'ASC' } });
    const firstLeave = await em.findOne(LeaveRequest, { where: { staffId }, order: { startDate: 'ASC' } });
    const recorded = [firstDay?.workDate, firstLeave?.startDate].filter((d): d is string => !!d).sort()[0];
    if (!recorded || recorded > period.end) return null;
    const judgedFrom = recorded > period.start ? recorded : period.start;
    const range = { staffId, from: judgedFrom, to: period.end };
    const clocked = await em
      .getRepository(AttendanceDay)
      .createQueryBuilder('d')
      .where('d.staffId = :staffId AND d.workDate >= :from AND d.workDate <= :to', range)
      .andWhere('d.clockInAt IS NOT NULL')
      .getMany();
    const leave = await em
      .getRepository(LeaveRequest)
      .createQueryBuilder('r')
      .where('r.staffId = :staffId AND r.endDate >= :from AND r.startDate <= :to', range)
      .andWhere("r.status = 'approved' AND r.unit = 'day'")
      .getMany();
    const credited = new Set((await em.findBy(LeaveKind, { countsAsWorked: true })).map((k) => k.code));
    const worked = new Set(clocked.map((d) => d.workDate));
    const schedule = await this.patterns.scheduleBetween(em, staffId, judgedFrom, period.end);
    const outcomes = schedule
      .filter((d) => d.schedule !== null)
      .map((d) =>
        scheduledDayOutcome(
          worked.has(d.date),
          leave.filter((r) => r.startDate <= d.date && d.date <= r.endDate).map((r) => r.kindCode),
          credited,
        ),
      );
    return { ...attendanceRate(outcomes), period, judgedFrom };
  }
}
