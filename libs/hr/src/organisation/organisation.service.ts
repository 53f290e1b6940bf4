import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock, NotFoundError, Transactions } from '@ringi/platform';
import { UserAccount, UserRole, type Role } from '@ringi/auth';
import { jstDateOf, type CalendarDate } from './domain/dates';
import { MANAGER_MAX_RANK } from './domain/positions';
import { superiorChain } from './domain/superiors';
import { ancestorPath, subtreeIds } from './domain/tree';
import { designationInForce } from './domain/deputy-periods';
import { OrgUnit } from './entities/org-unit.entity';
import { Staff } from './entities/staff.entity';
import type { Posting } from './entities/posting.entity';
import { OrganisationCache } from './organisation-cache';
import { OrganisationRepository, assertDate } from './organisation.repository';
import {
  toPositionView,
  toPostingView,
  toStaffView,
  toUnitView,
  type DeputyResolution,
  type PositionView,
  type PostHolder,
  type StaffView,
  type UnitView,
} from './views';

export interface MemberFilter {
  /** Only these staff members (e.g. the holders of a role, as auth or the app knows them). */
  staffIds?: Iterable<number>;
  /** Only positions of this rank or higher authority (7 = 係長 and above). */
  maxRank?: number;
  /** Count concurrent posts (兼務) as membership; default true. */
  includeConcurrent?: boolean;
}

/**
 * The organisation as the workflow and the domain libs ask about it. Dates are JST calendar
 * dates 'YYYY-MM-DD'; instants are Date. Reads join the caller's running transaction
 * (Transactions.run), so a workflow step sees one consistent organisation.
 * Inactive staff hold no posts in any of these answers.
 */
@Injectable()
export class OrganisationService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repo: OrganisationRepository,
    private readonly cache: OrganisationCache,
    private readonly clock: Clock,
  ) {}

  /** Today in Japan, from the injected clock. */
  today(): CalendarDate {
    return jstDateOf(this.clock.now());
  }

  positions(): Promise<PositionView[]> {
    return this.read(async (em) => (await this.repo.positions(em)).map(toPositionView));
  }

  getUnit(unitId: number): Promise<UnitView> {
    return this.read(async (em) => toUnitView(await this.repo.unit(em, unitId)));
  }

  findUnitByCode(code: string): Promise<UnitView | null> {
    return this.read(async (em) => {
      const unit = await em.findOneBy(OrgUnit, { code });
      return unit ? toUnitView(unit) : null;
    });
  }

  getStaff(staffId: number): Promise<StaffView> {
    return this.read(async (em) => toStaffView(await this.repo.staff(em, staffId)));
  }

  findStaffByEmployeeNo(employeeNo: string): Promise<StaffView | null> {
    return this.read(async (em) => {
      const staff = await em.findOneBy(Staff, { employeeNo });
      return staff ? toStaffView(staff) : null;
    });
  }

  /** Who holds post `positionCode` in unit `unitId` on `date`: main posts first, then 兼務. */
  holdersOf(unitId: number, positionCode: string, date: CalendarDate): Promise<PostHolder[]> {
    return this.read(async (em) => {
      await this.ensureUnit(em, unitId);
      const position = await this.repo.positionByCode(em, positionCode);
      const rows = await this.cache.postingsOn(em, {
        date: assertDate(date),
        unitIds: [unitId],
        positionIds: [position.id],
      });
      return rows.map(toPostingView);
    });
  }

  /**
   * The holder of the post in the unit or, when it is vacant there, in its nearest ancestor that
   * has one (the 課長 of a 係 is the 課長 of its 課). A main post wins over a 兼務. Null if none.
   */
  nearestPostHolder(unitId: number, positionCode: string, date: CalendarDate): Promise<PostHolder | null> {
    return this.read(async (em) => {
      const units = await this.cache.allUnits(em);
      const path = ancestorPath(units, unitId);
      if (path.length === 0) throw new NotFoundError(`組織（ID ${unitId}）が見つかりません。`);
      const position = await this.repo.positionByCode(em, positionCode);
      const rows = await this.cache.postingsOn(em, {
        date: assertDate(date),
        unitIds: path,
        positionIds: [position.id],
      });
      for (const id of path) {
        const here = rows.find((p) => p.unitId === id);
        if (here) return toPostingView(here);
      }
      return null;
    });
  }

  /** Every post the staff member holds on `date`: the main post first, then 兼務. */
  postsOf(staffId: number, date: CalendarDate): Promise<PostHolder[]> {
    return this.read(async (em) => {
      await this.repo.staff(em, staffId);
      const rows = await this.cache.postingsOn(em, { date: assertDate(date), staffIds: [staffId] });
      return rows.map(toPostingView);
    });
  }

  /** Posts held on `date` (兼務 included), without checking that the staff member exists: for hot paths. */
  postsHeldBy(staffId: number, date: CalendarDate): Promise<PostHolder[]> {
    return this.read(async (em) =>
      (await this.cache.postingsOn(em, { date: assertDate(date), staffIds: [staffId] })).map(toPostingView),
    );
  }

  /** The main (non-concurrent) post on `date`, or null. */
  async mainPostOf(staffId: number, date: CalendarDate): Promise<PostHolder | null> {
    return (await this.postsOf(staffId, date)).find((p) => !p.concurrent) ?? null;
  }

  /**
   * The chain of superiors of a staff member on `date`, closest first: from the unit of their
   * main post up to the city, the holders of higher-ranked posts (main or 兼務), each person once,
   * climbing monotonically (see superiorChain). Empty when they have no main post that day.
   * `maxRank` keeps only posts of that rank or higher (7 = 係長 and above, the approving posts).
   */
  superiorsOf(staffId: number, date: CalendarDate, options: { maxRank?: number } = {}): Promise<PostHolder[]> {
    return this.read(async (em) => {
      await this.repo.staff(em, staffId);
      const own = await this.cache.postingsOn(em, { date: assertDate(date), staffIds: [staffId], concurrent: false });
      const main = own[0];
      if (!main?.position) return [];
      const path = ancestorPath(await this.cache.allUnits(em), main.unitId);
      const rows = await this.cache.postingsOn(em, { date, unitIds: path, maxRank: options.maxRank });
      const levels = path.map((unitId) =>
        rows
          .filter((p) => p.unitId === unitId)
          .map((p, order) => ({
            staffId: p.staffId,
            rank: p.position!.rank,
            concurrent: p.concurrent,
            order,
            posting: p,
          })),
      );
      return superiorChain(staffId, main.position.rank, levels).map((c) => toPostingView(c.posting));
    });
  }

  /** Whether an absence (不在) of the staff member covers the instant `at`. */
  async isAbsent(staffId: number, at: Date): Promise<boolean> {
    return (await this.absentAmong([staffId], at)).has(staffId);
  }

  /** Which of these staff members are absent at `at`. */
  absentAmong(staffIds: Iterable<number>, at: Date): Promise<Set<number>> {
    return this.read((em) => this.cache.absentAmong(em, [...new Set(staffIds)], at));
  }

  /**
   * The deputy (代決者) of a post at instant `at`: going through the post's designations by
   * priority, the first holder of the deputy post (on the JST date of `at`) who is not absent at
   * `at` and is not a holder of the post itself. Null when nobody qualifies.
   */
  deputyOf(unitId: number, positionCode: string, at: Date): Promise<DeputyResolution | null> {
    return this.read(async (em) => {
      const date = jstDateOf(at);
      await this.ensureUnit(em, unitId);
      const position = await this.repo.positionByCode(em, positionCode);
      const designations = (await this.cache.allDesignations(em)).filter(
        (d) => d.unitId === unitId && d.positionId === position.id && designationInForce(d, date),
      );
      if (designations.length === 0) return null;
      const principals = new Set(
        (await this.cache.postingsOn(em, { date, unitIds: [unitId], positionIds: [position.id] })).map(
          (p) => p.staffId,
        ),
      );
      const views = await this.repo.deputyViews(em, designations);
      for (const [i, d] of designations.entries()) {
        const candidates = (
          await this.cache.postingsOn(em, { date, unitIds: [d.deputyUnitId], positionIds: [d.deputyPositionId] })
        ).filter((p) => !principals.has(p.staffId));
        const absent = await this.cache.absentAmong(
          em,
          candidates.map((p) => p.staffId),
          at,
        );
        const present = candidates.find((p) => !absent.has(p.staffId));
        if (present) return { deputy: toPostingView(present), designation: views[i] };
      }
      return null;
    });
  }

  /** The posts whose designations in force on `date` name one of `deputyPosts` as their deputy (代決者). */
  postsDeputisedBy(
    deputyPosts: readonly { unitId: number; positionCode: string }[],
    date: CalendarDate,
  ): Promise<{ unitId: number; positionCode: string }[]> {
    if (deputyPosts.length === 0) return Promise.resolve([]);
    return this.read(async (em) => {
      const positions = await this.repo.positions(em);
      const idOf = new Map(positions.map((p) => [p.code as string, p.id]));
      const codeOf = new Map(positions.map((p) => [p.id, p.code as string]));
      const wanted = new Set(deputyPosts.map((p) => `${p.unitId}:${idOf.get(p.positionCode) ?? -1}`));
      const designations = (await this.cache.allDesignations(em)).filter((d) =>
        wanted.has(`${d.deputyUnitId}:${d.deputyPositionId}`),
      );
      return designations
        .filter((d) => designationInForce(d, date) && codeOf.has(d.positionId))
        .map((d) => ({ unitId: d.unitId, positionCode: codeOf.get(d.positionId)! }));
    });
  }

  /** The unit and every unit below it, depth first in sort order (inactive units included). */
  unitSubtree(unitId: number): Promise<UnitView[]> {
    return this.read(async (em) => {
      const units = await this.cache.allUnits(em);
      const ids = subtreeIds(units, unitId);
      if (ids.length === 0) throw new NotFoundError(`組織（ID ${unitId}）が見つかりません。`);
      const byId = new Map(units.map((u) => [u.id, u]));
      return ids.map((id) => toUnitView(byId.get(id)!));
    });
  }

  /** The unit and its ancestors up to the city, nearest first. */
  unitAncestors(unitId: number): Promise<UnitView[]> {
    return this.read(async (em) => {
      const units = await this.cache.allUnits(em);
      const path = ancestorPath(units, unitId);
      if (path.length === 0) throw new NotFoundError(`組織（ID ${unitId}）が見つかりません。`);
      const byId = new Map(units.map((u) => [u.id, u]));
      return path.map((id) => toUnitView(byId.get(id)!));
    });
  }

  /** Whether `unitId` is `rootUnitId` or lies below it (how a scoped role grant is checked). */
  async isWithinSubtree(unitId: number, rootUnitId: number): Promise<boolean> {
    return (await this.unitAncestors(unitId)).some((u) => u.id === rootUnitId);
  }

  /** The document symbol (文書記号) that applies to a unit: its own or its nearest ancestor's. */
  async docSymbolOf(unitId: number): Promise<string | null> {
    return (await this.unitAncestors(unitId)).find((u) => u.docSymbol)?.docSymbol ?? null;
  }

  /**
   * Postings held on `date` in the unit or any unit below it, one entry per posting (a staff
   * member with a 兼務 in the subtree appears once per post), ordered by unit (tree order), then
   * rank, then kana.
   */
  membersOfUnitSubtree(unitId: number, date: CalendarDate, filter: MemberFilter = {}): Promise<PostHolder[]> {
    return this.read((em) => this.members(em, unitId, date, filter));
  }

  /**
   * Members of the unit subtree on `date` who hold `role`. Role grants are read through auth's
   * exported UserRole / UserAccount entities (active staff accounts; any scope). `staff` is every
   * member; `manager` is also derived from posts of 係長 or higher (as PositionRoleSource gives it).
   */
  membersWithRoleInSubtree(unitId: number, role: Role, date: CalendarDate): Promise<PostHolder[]> {
    return this.read(async (em) => {
      if (role === 'staff') return this.members(em, unitId, date, {});
      const granted = await em
        .getRepository(UserRole)
        .createQueryBuilder('r')
        .innerJoin(UserAccount, 'a', 'a.id = r.userId')
        .select('a.staffId', 'staffId')
        .where('r.role = :role', { role })
        .andWhere('a.active = :active', { active: true })
        .andWhere('a.staffId IS NOT NULL')
        .getRawMany<{ staffId: number | string }>();
      const ids = new Set(granted.map((g) => Number(g.staffId)));
      const explicit = await this.members(em, unitId, date, { staffIds: ids });
      if (role !== 'manager') return explicit;
      const derived = await this.members(em, unitId, date, { maxRank: MANAGER_MAX_RANK });
      const seen = new Set(derived.map((p) => p.id));
      return [...derived, ...explicit.filter((p) => !seen.has(p.id))];
    });
  }

  /** 404 unless the unit exists; answered from the cached units, so it costs no statement. */
  private async ensureUnit(em: EntityManager, unitId: number): Promise<void> {
    if (!(await this.cache.allUnits(em)).some((u) => u.id === unitId)) {
      throw new NotFoundError(`組織（ID ${unitId}）が見つかりません。`);
    }
  }

  private async members(
    em: EntityManager,
    unitId: number,
    date: CalendarDate,
    filter: MemberFilter,
  ): Promise<PostHolder[]> {
    const units = await this.cache.allUnits(em);
    const ids = subtreeIds(units, unitId);
    if (ids.length === 0) throw new NotFoundError(`組織（ID ${unitId}）が見つかりません。`);
    const rows = await this.cache.postingsOn(em, {
      date: assertDate(date),
      unitIds: ids,
      staffIds: filter.staffIds ? [...new Set(filter.staffIds)] : undefined,
      maxRank: filter.maxRank,
      concurrent: filter.includeConcurrent === false ? false : undefined,
    });
    const treeOrder = new Map(ids.map((id, i) => [id, i]));
    return sortMembers(rows, treeOrder).map(toPostingView);
  }

  private read<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.transactions.read(work);
  }
}

export function sortMembers(rows: Posting[], treeOrder: Map<number, number>): Posting[] {
  return [...rows].sort(
    (a, b) =>
      (treeOrder.get(a.unitId) ?? 0) - (treeOrder.get(b.unitId) ?? 0) ||
      a.position!.rank - b.position!.rank ||
      Number(a.concurrent) - Number(b.concurrent) ||
      a.staff!.familyNameKana.localeCompare(b.staff!.familyNameKana, 'ja') ||
      a.staff!.givenNameKana.localeCompare(b.staff!.givenNameKana, 'ja') ||
      a.id - b.id,
  );
}
