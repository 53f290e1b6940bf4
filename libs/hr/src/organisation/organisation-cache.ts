import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { TableWriteWatch } from '@ringi/platform';
import type { CalendarDate } from './domain/dates';
import { Absence } from './entities/absence.entity';
import { DeputyDesignation } from './entities/deputy-designation.entity';
import { OrgUnit } from './entities/org-unit.entity';
import { Position } from './entities/position.entity';
import { Posting } from './entities/posting.entity';
import { Staff } from './entities/staff.entity';
import { OrganisationRepository, type PostingFilter } from './organisation.repository';

/** How long another API process may go on answering from the organisation it read before a change there. */
export const ORGANISATION_CACHE_MS = 10_000;

const ORGANISATION_ENTITIES = [OrgUnit, Position, Posting, Staff, DeputyDesignation, Absence];

/** The absences kept are those overlapping this long either side of the instant they were read around. */
const ABSENCE_WINDOW_MS = 24 * 60 * 60 * 1000;

interface Entry<T> {
  readonly readAt: number;
  readonly value: Promise<T>;
}

/**
 * The units and each day's postings, as every workflow step asks who holds which post: read once and kept for
 * ORGANISATION_CACHE_MS. A change made through this process clears it when it is written and again when its
 * transaction ends; another process sees the change within ORGANISATION_CACHE_MS. A transaction that changed
 * the organisation reads its own uncommitted rows from the database and never fills the cache with them.
 */
@Injectable()
export class OrganisationCache {
  private units: Entry<OrgUnit[]> | null = null;
  private designations: Entry<DeputyDesignation[]> | null = null;
  private absences: (Entry<Absence[]> & { readonly around: number }) | null = null;
  private readonly postingsByDate = new Map<CalendarDate, Entry<Posting[]>>();
  private readonly watch: TableWriteWatch;

  constructor(
    dataSource: DataSource,
    private readonly repo: OrganisationRepository,
  ) {
    const tables = new Set(ORGANISATION_ENTITIES.map((entity) => dataSource.getMetadata(entity).tableName));
    this.watch = new TableWriteWatch(dataSource, tables, () => this.clear());
  }

  /** Every unit in tree sort order; the array is shared: never change it or its entities. */
  allUnits(em: EntityManager): Promise<OrgUnit[]> {
    if (!this.usable(em)) return this.repo.allUnits(em);
    if (!this.units || stale(this.units)) this.units = this.fill(() => this.repo.allUnits(em));
    return this.units.value;
  }

  /** Every deputy designation, by priority; the array is shared: never change it or its entities. */
  allDesignations(em: EntityManager): Promise<DeputyDesignation[]> {
    if (!this.usable(em)) return this.repo.allDesignations(em);
    if (!this.designations || stale(this.designations)) {
      this.designations = this.fill(() => this.repo.allDesignations(em));
    }
    return this.designations.value;
  }

  /** Which of these staff members are absent at `at` ([startsAt, endsAt) contains it). */
  async absentAmong(em: EntityManager, staffIds: readonly number[], at: Date): Promise<Set<number>> {
    if (staffIds.length === 0) return new Set();
    if (!this.usable(em)) return this.repo.absentAmong(em, staffIds, at);
    const instant = at.getTime();
    let entry = this.absences;
    if (!entry || stale(entry) || Math.abs(instant - entry.around) > ABSENCE_WINDOW_MS) {
      const from = new Date(instant - ABSENCE_WINDOW_MS);
      const to = new Date(instant + ABSENCE_WINDOW_MS);
      entry = { ...this.fill(() => this.repo.absencesOverlapping(em, from, to)), around: instant };
      this.absences = entry;
    }
    const wanted = new Set(staffIds);
    const absent = new Set<number>();
    for (const a of await entry.value) {
      if (wanted.has(a.staffId) && a.startsAt.getTime() <= instant && a.endsAt.getTime() > instant)
        absent.add(a.staffId);
    }
    return absent;
  }

  /** Postings of active staff valid on `filter.date`, filtered as the repository would, in its order. */
  async postingsOn(em: EntityManager, filter: PostingFilter & { date: CalendarDate }): Promise<Posting[]> {
    if (!this.usable(em) || filter.activeStaffOnly === false) return this.repo.postings(em, filter);
    let entry = this.postingsByDate.get(filter.date);
    if (!entry || stale(entry)) {
      for (const [date, old] of this.postingsByDate) if (stale(old)) this.postingsByDate.delete(date);
      entry = this.fill(() => this.repo.postings(em, { date: filter.date }));
      this.postingsByDate.set(filter.date, entry);
    }
    return (await entry.value).filter((p) => matches(p, filter));
  }

  private usable(em: EntityManager): boolean {
    return !this.watch.wroteIn(em.queryRunner);
  }

  private fill<T>(read: () => Promise<T>): Entry<T> {
    const value = read();
    value.catch(() => this.clear());
    return { readAt: Date.now(), value };
  }

  private clear(): void {
    this.units = null;
    this.designations = null;
    this.absences = null;
    this.postingsByDate.clear();
  }
}

function stale(entry: Entry<unknown>): boolean {
  return Date.now() - entry.readAt >= ORGANISATION_CACHE_MS;
}

function matches(p: Posting, filter: PostingFilter): boolean {
  return (
    (!filter.staffIds || filter.staffIds.includes(p.staffId)) &&
    (!filter.unitIds || filter.unitIds.includes(p.unitId)) &&
    (!filter.positionIds || filter.positionIds.includes(p.positionId)) &&
    (filter.concurrent === undefined || p.concurrent === filter.concurrent) &&
    (filter.maxRank === undefined || p.position!.rank <= filter.maxRank)
  );
}
