import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail } from '@ringi/auth';
import { ConflictError, InvalidInputError, NotFoundError, Transactions } from '@ringi/platform';
import { addDays, type CalendarDate } from '../../organisation/domain/dates';
import { OrganisationRepository } from '../../organisation/organisation.repository';
import { AttendanceProfile, type Employment } from '../entities/attendance-profile.entity';
import { PatternAssignment, WorkPattern } from '../entities/work-pattern.entity';
import type { ScheduledDay } from '../rules/work-time-split';
import { dailyMinutes, daysPerWeek, patternProblems, scheduleOn, type WorkPatternSpec } from './work-pattern';

export interface WorkPatternView extends WorkPatternSpec {
  id: number;
  active: boolean;
  dailyMinutes: number;
  daysPerWeek: number;
}

export interface AssignmentView {
  id: number;
  staffId: number;
  patternId: number;
  patternCode: string;
  startDate: CalendarDate;
  endDate: CalendarDate | null;
}

export interface ScheduledDate {
  date: CalendarDate;
  pattern: WorkPatternView | null;
  schedule: ScheduledDay | null;
}

export interface ProfileInput {
  employment: Employment;
  serviceStartDate: CalendarDate;
  cardId: string | null;
}

export const toPatternView = (row: WorkPattern): WorkPatternView => {
  const spec: WorkPatternSpec = {
    code: row.code,
    name: row.name,
    kind: row.kind,
    startTime: row.startTime,
    endTime: row.endTime,
    breaks: JSON.parse(row.breaks) as WorkPatternSpec['breaks'],
    workDays: row.workDays,
  };
  return { id: row.id, ...spec, active: row.active, dailyMinutes: dailyMinutes(spec), daysPerWeek: daysPerWeek(spec) };
};

/** Working patterns, who works which from when, and attendance profiles (employment, service start, IC card). */
@Injectable()
export class PatternsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repo: OrganisationRepository,
    private readonly audit: AuditTrail,
  ) {}

  list(): Promise<WorkPatternView[]> {
    return this.transactions.run(async (em) =>
      (await em.find(WorkPattern, { order: { id: 'ASC' } })).map(toPatternView),
    );
  }

  create(spec: WorkPatternSpec): Promise<WorkPatternView> {
    const problems = patternProblems(spec);
    if (problems.length > 0) throw new InvalidInputError('入力内容に誤りがあります。', problems);
    return this.transactions.run(async (em) => {
      if (await em.existsBy(WorkPattern, { code: spec.code })) {
        throw new ConflictError(`勤務パターン「${spec.code}」は登録済みです。`);
      }
      const row = await em.save(
        WorkPattern,
        em.create(WorkPattern, { ...spec, breaks: JSON.stringify(spec.breaks), active: true }),
      );
      const view = toPatternView(row);
      await this.audit.record({
        action: 'attendance.pattern.created',
        targetType: 'work-pattern',
        targetId: row.id,
        capacity: 'hr',
        detail: { pattern: view },
      });
      return view;
    });
  }

  /**
   * Assigns a pattern from `startDate` on; the assignment running then ends the day before. Assignments
   * starting later are replaced: the newest decision wins.
   */
  assign(staffId: number, patternCode: string, startDate: CalendarDate): Promise<AssignmentView> {
    return this.transactions.run(async (em) => {
      await this.repo.staff(em, staffId, this.transactions.lock);
      const pattern = await em.findOneBy(WorkPattern, { code: patternCode, active: true });
      if (!pattern) throw new NotFoundError(`勤務パターン「${patternCode}」が見つかりません。`);
      const existing = await em.find(PatternAssignment, { where: { staffId } });
      for (const a of existing) {
        if (a.startDate >= startDate) await em.delete(PatternAssignment, { id: a.id });
        else if (a.endDate === null || a.endDate >= startDate) {
          await em.update(PatternAssignment, { id: a.id }, { endDate: addDays(startDate, -1) });
        }
      }
      const row = await em.save(
        PatternAssignment,
        em.create(PatternAssignment, { staffId, patternId: pattern.id, startDate, endDate: null }),
      );
      const view: AssignmentView = { ...row, patternCode: pattern.code };
      await this.audit.record({
        action: 'attendance.pattern.assigned',
        targetType: 'staff',
        targetId: staffId,
        capacity: 'hr',
        detail: { assignment: view },
      });
      return view;
    });
  }

  assignments(staffId: number): Promise<AssignmentView[]> {
    return this.transactions.run(async (em) => {
      const rows = await em.find(PatternAssignment, { where: { staffId }, order: { startDate: 'ASC' } });
      const patterns = new Map((await em.find(WorkPattern)).map((p) => [p.id, p.code]));
      return rows.map((r) => ({ ...r, patternCode: patterns.get(r.patternId)! }));
    });
  }

  /** The pattern a staff member works on a date, or null when none is assigned. */
  async patternOn(em: EntityManager, staffId: number, date: CalendarDate): Promise<WorkPatternView | null> {
    const rows = await em.find(PatternAssignment, { where: { staffId } });
    const current = rows.find((a) => a.startDate <= date && (a.endDate === null || date <= a.endDate));
    if (!current) return null;
    return toPatternView(await em.findOneByOrFail(WorkPattern, { id: current.patternId }));
  }

  /** Every date in [from, to] with the pattern worked and its schedule (null on a day off). */
  async scheduleBetween(
    em: EntityManager,
    staffId: number,
    from: CalendarDate,
    to: CalendarDate,
  ): Promise<ScheduledDate[]> {
    const rows = await em.find(PatternAssignment, { where: { staffId } });
    const patterns = new Map((await em.find(WorkPattern)).map((p) => [p.id, toPatternView(p)]));
    const out: ScheduledDate[] = [];
    for (let date = from; date <= to; date = addDays(date, 1)) {
      const current = rows.find((a) => a.startDate <= date && (a.endDate === null || date <= a.endDate));
      const pattern = current ? patterns.get(current.patternId)! : null;
      out.push({ date, pattern, schedule: pattern ? scheduleOn(pattern, date) : null });
    }
    return out;
  }

  async requirePatternOn(em: EntityManager, staffId: number, date: CalendarDate): Promise<WorkPatternView> {
    const pattern = await this.patternOn(em, staffId, date);
    if (!pattern) throw new ConflictError(`${date} の勤務パターンが登録されていません。人事課に連絡してください。`);
    return pattern;
  }

  profile(staffId: number): Promise<AttendanceProfile> {
    return this.transactions.run(async (em) => {
      const row = await em.findOneBy(AttendanceProfile, { staffId });
      if (!row) throw new NotFoundError(`職員（ID ${staffId}）の勤怠情報が登録されていません。`);
      return row;
    });
  }

  setProfile(staffId: number, input: ProfileInput): Promise<AttendanceProfile> {
    return this.transactions.run(async (em) => {
      await this.repo.staff(em, staffId, this.transactions.lock);
      if (input.cardId !== null) {
        const holder = await em.findOneBy(AttendanceProfile, { cardId: input.cardId });
        if (holder && holder.staffId !== staffId) throw new ConflictError('このICカードは別の職員に登録されています。');
      }
      const row = em.create(AttendanceProfile, { staffId, ...input });
      await em.save(AttendanceProfile, row);
      await this.audit.record({
        action: 'attendance.profile.set',
        targetType: 'staff',
        targetId: staffId,
        capacity: 'hr',
        // The card id is a credential of sorts: the audit notes that one was registered, not which.
        detail: { employment: input.employment, serviceStartDate: input.serviceStartDate, card: input.cardId !== null },
      });
      return row;
    });
  }
}
