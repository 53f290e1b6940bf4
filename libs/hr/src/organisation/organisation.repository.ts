import { Injectable } from '@nestjs/common';
import { Brackets, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { InvalidInputError, NotFoundError } from '@ringi/platform';
import { isCalendarDate, type CalendarDate } from './domain/dates';
import type { PositionCode } from './domain/positions';
import { Absence } from './entities/absence.entity';
import { DeputyDesignation } from './entities/deputy-designation.entity';
import { OrgUnit } from './entities/org-unit.entity';
import { Position } from './entities/position.entity';
import { Posting } from './entities/posting.entity';
import { Staff } from './entities/staff.entity';
import type { DeputyView } from './views';

export interface PostingFilter {
  /** Valid on this date (inclusive start and end). */
  date?: CalendarDate;
  staffIds?: readonly number[];
  unitIds?: readonly number[];
  positionIds?: readonly number[];
  concurrent?: boolean;
  /** Only positions of this rank or higher authority (rank number ≤ maxRank). */
  maxRank?: number;
  activeStaffOnly?: boolean;
}

/**
 * Every database read of the organisation, given the EntityManager of the running transaction.
 * The services decide what to ask; this class knows how the tables are joined and indexed.
 */
@Injectable()
export class OrganisationRepository {
  private positionCache: Position[] | undefined;

  /** The position ladder: reference data, immutable after the migration, read once. */
  async positions(em: EntityManager): Promise<Position[]> {
    this.positionCache ??= await em.find(Position, { order: { rank: 'ASC' } });
    return this.positionCache;
  }

  async positionByCode(em: EntityManager, code: string): Promise<Position> {
    const position = (await this.positions(em)).find((p) => p.code === code);
    if (!position) throw new NotFoundError(`役職「${code}」は登録されていません。`);
    return position;
  }

  async positionById(em: EntityManager, id: number): Promise<Position> {
    const position = (await this.positions(em)).find((p) => p.id === id);
    if (!position) throw new NotFoundError(`役職（ID ${id}）は登録されていません。`);
    return position;
  }

  allUnits(em: EntityManager): Promise<OrgUnit[]> {
    return em.find(OrgUnit, { order: { sortOrder: 'ASC', code: 'ASC' } });
  }

  async unit(em: EntityManager, id: number, lock: object = {}): Promise<OrgUnit> {
    const unit = await em.findOne(OrgUnit, { where: { id }, ...lock });
    if (!unit) throw new NotFoundError(`組織（ID ${id}）が見つかりません。`);
    return unit;
  }

  async staff(em: EntityManager, id: number, lock: object = {}): Promise<Staff> {
    const staff = await em.findOne(Staff, { where: { id }, ...lock });
    if (!staff) throw new NotFoundError(`職員（ID ${id}）が見つかりません。`);
    return staff;
  }

  /** Postings joined with their staff, unit and position, ordered main first, then by start. */
  postingsQuery(em: EntityManager, filter: PostingFilter = {}): SelectQueryBuilder<Posting> {
    const q = em
      .getRepository(Posting)
      .createQueryBuilder('p')
      .innerJoinAndMapOne('p.staff', Staff, 's', 's.id = p.staffId')
      .innerJoinAndMapOne('p.unit', OrgUnit, 'u', 'u.id = p.unitId')
      .innerJoinAndMapOne('p.position', Position, 'pos', 'pos.id = p.positionId');
    if (filter.date !== undefined) {
      assertDate(filter.date);
      q.andWhere('p.startDate <= :date', { date: filter.date });
      q.andWhere(
        new Brackets((b) => b.where('p.endDate IS NULL').orWhere('p.endDate >= :date', { date: filter.date })),
      );
    }
    if (filter.staffIds)
      q.andWhere(filter.staffIds.length ? 'p.staffId IN (:...staffIds)' : '1 = 0', { staffIds: filter.staffIds });
    if (filter.unitIds)
      q.andWhere(filter.unitIds.length ? 'p.unitId IN (:...unitIds)' : '1 = 0', { unitIds: filter.unitIds });
    if (filter.positionIds) {
      q.andWhere(filter.positionIds.length ? 'p.positionId IN (:...positionIds)' : '1 = 0', {
        positionIds: filter.positionIds,
      });
    }
    if (filter.concurrent !== undefined) q.andWhere('p.concurrent = :concurrent', { concurrent: filter.concurrent });
    if (filter.maxRank !== undefined) q.andWhere('pos.rank <= :maxRank', { maxRank: filter.maxRank });
    if (filter.activeStaffOnly ?? true) q.andWhere('s.active = :active', { active: true });
    return q.orderBy('p.concurrent', 'ASC').addOrderBy('p.startDate', 'ASC').addOrderBy('p.id', 'ASC');
  }

  postings(em: EntityManager, filter: PostingFilter = {}): Promise<Posting[]> {
    return this.postingsQuery(em, filter).getMany();
  }

  async posting(em: EntityManager, id: number): Promise<Posting> {
    const posting = await this.postingsQuery(em, { activeStaffOnly: false }).andWhere('p.id = :id', { id }).getOne();
    if (!posting) throw new NotFoundError(`配置（ID ${id}）が見つかりません。`);
    return posting;
  }

  /** Staff ids among `staffIds` with an absence covering the instant `at` (from ≤ at < to). */
  async absentAmong(em: EntityManager, staffIds: readonly number[], at: Date): Promise<Set<number>> {
    if (staffIds.length === 0) return new Set();
    const rows = await em
      .getRepository(Absence)
      .createQueryBuilder('a')
      .select('a.staffId', 'staffId')
      .where('a.staffId IN (:...staffIds)', { staffIds })
      .andWhere('a.startsAt <= :at', { at })
      .andWhere('a.endsAt > :at', { at })
      .getRawMany<{ staffId: number | string }>();
    return new Set(rows.map((r) => Number(r.staffId)));
  }

  /** Absences that overlap [from, to), for the cache to answer absentAmong for any instant in between. */
  absencesOverlapping(em: EntityManager, from: Date, to: Date): Promise<Absence[]> {
    return em
      .getRepository(Absence)
      .createQueryBuilder('a')
      .select(['a.id', 'a.staffId', 'a.startsAt', 'a.endsAt'])
      .where('a.startsAt < :to', { to })
      .andWhere('a.endsAt > :from', { from })
      .getMany();
  }

  /** Every deputy designation (a short list: a few per post at most), by priority. */
  allDesignations(em: EntityManager): Promise<DeputyDesignation[]> {
    return em.find(DeputyDesignation, { order: { priority: 'ASC', id: 'ASC' } });
  }

  async deputyViews(em: EntityManager, rows: DeputyDesignation[]): Promise<DeputyView[]> {
    if (rows.length === 0) return [];
    const unitIds = [...new Set(rows.flatMap((r) => [r.unitId, r.deputyUnitId]))];
    const units = new Map((await em.findBy(OrgUnit, { id: In(unitIds) })).map((u) => [u.id, u]));
    const out: DeputyView[] = [];
    for (const r of rows) {
      const position = await this.positionById(em, r.positionId);
      const deputyPosition = await this.positionById(em, r.deputyPositionId);
      out.push({
        id: r.id,
        unitId: r.unitId,
        unitName: units.get(r.unitId)?.name ?? '',
        positionCode: position.code as PositionCode,
        positionName: position.name,
        deputyUnitId: r.deputyUnitId,
        deputyUnitName: units.get(r.deputyUnitId)?.name ?? '',
        deputyPositionCode: deputyPosition.code as PositionCode,
        deputyPositionName: deputyPosition.name,
        priority: r.priority,
        startDate: r.startDate,
        endDate: r.endDate,
      });
    }
    return out;
  }
}

export function assertDate(value: string, field = 'date'): CalendarDate {
  if (!isCalendarDate(value)) {
    throw new InvalidInputError('入力内容に誤りがあります。', [
      { field, messages: ['日付（YYYY-MM-DD）の形式で、実在する日付を指定してください'] },
    ]);
  }
  return value;
}
