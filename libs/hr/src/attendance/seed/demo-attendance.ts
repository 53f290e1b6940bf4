import type { EntityManager } from 'typeorm';
import { addDays, jstStartOf, type CalendarDate } from '../../organisation/domain/dates';
import { OrgUnit } from '../../organisation/entities/org-unit.entity';
import { Staff } from '../../organisation/entities/staff.entity';
import { AttendanceDay } from '../entities/attendance-day.entity';
import { AttendanceProfile } from '../entities/attendance-profile.entity';
import { SectionDesignation } from '../entities/overtime-order.entity';
import { PatternAssignment, WorkPattern } from '../entities/work-pattern.entity';
import { isCityHoliday } from '../rules/city-calendar';

export interface AttendanceSeedData {
  /** Every staff member works the regular pattern from this date and is regular staff since `serviceStartDate`. */
  patternStartDate: CalendarDate;
  serviceStartDate: CalendarDate;
  /** 職員番号 → IC card id registered for the readers. */
  cards: Record<string, string>;
  /** A fiscal-year staff pattern the city offers (会計年度任用職員, 週4日). */
  fiscalYearPattern: { code: string; name: string; startTime: string; endTime: string; workDays: string };
  /** Sections designated for 他律的業務. */
  otherDirectedUnitCodes: string[];
  /** 職員番号 of a person whose last working days get punches (one clock-out missing, to show the flag). */
  punchesFor: string;
}

export const DEMO_ATTENDANCE: AttendanceSeedData = {
  patternStartDate: '2024-04-01',
  serviceStartDate: '2015-04-01',
  cards: { '100006': 'DEMO-CARD-100006', '100005': 'DEMO-CARD-100005' },
  fiscalYearPattern: {
    code: 'fiscal-year-4days',
    name: '会計年度任用職員（週4日・9:00〜16:00）',
    startTime: '09:00',
    endTime: '16:00',
    workDays: '1234',
  },
  otherDirectedUnitCodes: ['zaisei-ka'],
  punchesFor: '100006',
};

const at = (date: CalendarDate, time: string) => new Date(jstStartOf(date).getTime() + minutes(time) * 60_000);
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * Demo attendance: profiles and the regular pattern for every staff member, IC cards for a few, the
 * fiscal-year pattern, a 他律的業務 section and the last three working days of clocking for one person
 * before `today`. Idempotent: rows that exist are left alone.
 */
export async function seedAttendance(em: EntityManager, data: AttendanceSeedData, today: CalendarDate): Promise<void> {
  const regular = await em.findOneByOrFail(WorkPattern, { code: 'regular' });
  if (!(await em.existsBy(WorkPattern, { code: data.fiscalYearPattern.code }))) {
    await em.insert(WorkPattern, {
      ...data.fiscalYearPattern,
      kind: 'fiscalYear',
      breaks: JSON.stringify([{ from: '12:00', to: '12:45' }]),
      active: true,
    });
  }
  for (const person of await em.find(Staff)) {
    if (!(await em.existsBy(AttendanceProfile, { staffId: person.id }))) {
      await em.insert(AttendanceProfile, {
        staffId: person.id,
        employment: 'regular',
        serviceStartDate: data.serviceStartDate,
        cardId: data.cards[person.employeeNo] ?? null,
      });
    }
    if (!(await em.existsBy(PatternAssignment, { staffId: person.id }))) {
      await em.insert(PatternAssignment, {
        staffId: person.id,
        patternId: regular.id,
        startDate: data.patternStartDate,
        endDate: null,
      });
    }
  }
  for (const code of data.otherDirectedUnitCodes) {
    const unit = await em.findOneBy(OrgUnit, { code });
    if (unit && !(await em.existsBy(SectionDesignation, { unitId: unit.id }))) {
      await em.insert(SectionDesignation, { unitId: unit.id, designation: 'otherDirected' });
    }
  }
  const person = await em.findOneBy(Staff, { employeeNo: data.punchesFor });
  if (!person || (await em.existsBy(AttendanceDay, { staffId: person.id }))) return;
  const days: CalendarDate[] = [];
  for (let d = addDays(today, -1); days.length < 3; d = addDays(d, -1)) if (!isCityHoliday(d)) days.push(d);
  for (const [i, date] of days.entries()) {
    await em.insert(AttendanceDay, {
      staffId: person.id,
      workDate: date,
      clockInAt: at(date, '08:21'),
      clockInSource: 'card',
      clockInByUserId: null,
      // The oldest day lacks its clock-out: the month sheet flags it and a 打刻修正 fixes it.
      clockOutAt: i === days.length - 1 ? null : at(date, i === 0 ? '19:05' : '17:32'),
      clockOutSource: i === days.length - 1 ? null : 'card',
      clockOutByUserId: null,
    });
  }
}
