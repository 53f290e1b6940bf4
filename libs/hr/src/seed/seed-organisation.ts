import type { EntityManager } from 'typeorm';
import { findPostingConflict, type PostingPeriod } from '../organisation/domain/postings';
import { isCalendarDate } from '../organisation/domain/dates';
import { POSITION_CODES, isPositionCode } from '../organisation/domain/positions';
import { parentKindProblem, wouldCreateCycle } from '../organisation/domain/tree';
import { DeputyDesignation } from '../organisation/entities/deputy-designation.entity';
import { OrgUnit } from '../organisation/entities/org-unit.entity';
import { Position } from '../organisation/entities/position.entity';
import { Posting } from '../organisation/entities/posting.entity';
import { Staff } from '../organisation/entities/staff.entity';
import type { OrganisationSeedData, SeedUnit } from './demo-organisation';

export interface SeedCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface OrganisationSeedResult {
  units: SeedCounts;
  staff: SeedCounts;
  postings: SeedCounts;
  deputies: SeedCounts;
}

/**
 * Checks seed data against the organisation's rules without a database: known parents, tree
 * shape, dates, unique codes and 職員番号, no overlapping main posts. Returns the problems found.
 */
export function validateOrganisationSeed(data: OrganisationSeedData): string[] {
  const problems: string[] = [];
  const units = new Map(data.units.map((unit) => [unit.code, unit]));
  if (units.size !== data.units.length) problems.push('duplicate unit code');
  const symbols = data.units.map((unit) => unit.docSymbol).filter(Boolean);
  if (new Set(symbols).size !== symbols.length) problems.push('duplicate docSymbol');
  const ids = new Map(data.units.map((unit, i) => [unit.code, i + 1]));
  const nodes = data.units.map((unit) => ({
    id: ids.get(unit.code)!,
    parentId: unit.parentCode ? (ids.get(unit.parentCode) ?? -1) : null,
  }));
  for (const unit of data.units) {
    const parent = unit.parentCode ? units.get(unit.parentCode) : null;
    if (unit.parentCode && !parent) problems.push(`${unit.code}: unknown parent ${unit.parentCode}`);
    const kindProblem = parentKindProblem(unit.kind, parent ? parent.kind : null);
    if (kindProblem) problems.push(`${unit.code}: ${kindProblem}`);
    if (unit.kind === 'section' && !unit.docSymbol) problems.push(`${unit.code}: a section needs a docSymbol`);
  }
  for (const node of nodes) {
    if (
      wouldCreateCycle(
        nodes.filter((n) => n.id !== node.id),
        node.id,
        node.parentId,
      )
    )
      problems.push(`unit ${node.id} is in a cycle`);
  }
  const staff = new Set(data.staff.map((s) => s.employeeNo));
  if (staff.size !== data.staff.length) problems.push('duplicate employeeNo');
  const byStaff = new Map<string, PostingPeriod[]>();
  for (const [i, p] of data.postings.entries()) {
    if (!staff.has(p.employeeNo)) problems.push(`posting ${i}: unknown staff ${p.employeeNo}`);
    if (!units.has(p.unitCode)) problems.push(`posting ${i}: unknown unit ${p.unitCode}`);
    if (!isPositionCode(p.positionCode)) problems.push(`posting ${i}: unknown position ${p.positionCode}`);
    if (!isCalendarDate(p.startDate) || (p.endDate !== null && !isCalendarDate(p.endDate)))
      problems.push(`posting ${i}: bad date`);
    const period: PostingPeriod = {
      id: i,
      unitId: ids.get(p.unitCode) ?? 0,
      positionId: POSITION_CODES.indexOf(p.positionCode),
      startDate: p.startDate,
      endDate: p.endDate,
      concurrent: p.concurrent,
    };
    const others = byStaff.get(p.employeeNo) ?? [];
    const conflict = findPostingConflict(others, period);
    if (conflict) problems.push(`posting ${i} (${p.employeeNo}): ${conflict.kind} with posting ${conflict.with.id}`);
    byStaff.set(p.employeeNo, [...others, period]);
  }
  for (const dep of data.deputies) {
    if (!units.has(dep.unitCode) || !units.has(dep.deputyUnitCode))
      problems.push(`deputy ${dep.unitCode}/${dep.positionCode}: unknown unit`);
    if (!isPositionCode(dep.positionCode) || !isPositionCode(dep.deputyPositionCode))
      problems.push(`deputy ${dep.unitCode}/${dep.positionCode}: unknown position`);
  }
  return problems;
}

/** Parents before children, whatever the order of the data. */
function topological(units: SeedUnit[]): SeedUnit[] {
  const out: SeedUnit[] = [];
  const done = new Set<string>();
  let remaining = [...units];
  while (remaining.length > 0) {
    const ready = remaining.filter((unit) => unit.parentCode === null || done.has(unit.parentCode));
    if (ready.length === 0)
      throw new Error(`seed: units without a known parent: ${remaining.map((r) => r.code).join(', ')}`);
    for (const unit of ready) {
      out.push(unit);
      done.add(unit.code);
    }
    remaining = remaining.filter((unit) => !done.has(unit.code));
  }
  return out;
}

function same<T extends object>(row: T, wanted: Partial<T>): boolean {
  return (Object.keys(wanted) as (keyof T)[]).every((key) => row[key] === wanted[key]);
}

/**
 * Loads an organisation (the demo city, or another) idempotently: units by code, staff by
 * 職員番号, postings by (staff, unit, position, start date), deputies by (post, deputy post).
 * Existing rows are updated to match; nothing is deleted. Running it twice changes nothing.
 * Runs on the EntityManager given (call it inside Transactions.run to make it one transaction).
 * Writes no audit rows: the caller records the seeding as one event if it wants to.
 */
export async function seedOrganisation(em: EntityManager, data: OrganisationSeedData): Promise<OrganisationSeedResult> {
  const problems = validateOrganisationSeed(data);
  if (problems.length > 0) throw new Error(`organisation seed data is inconsistent:\n  ${problems.join('\n  ')}`);
  const result: OrganisationSeedResult = {
    units: { created: 0, updated: 0, unchanged: 0 },
    staff: { created: 0, updated: 0, unchanged: 0 },
    postings: { created: 0, updated: 0, unchanged: 0 },
    deputies: { created: 0, updated: 0, unchanged: 0 },
  };

  const positions = new Map((await em.find(Position)).map((p) => [p.code as string, p.id]));
  const positionId = (code: string) => {
    const id = positions.get(code);
    if (id === undefined) throw new Error(`seed: position ${code} is missing (has the organisation migration run?)`);
    return id;
  };

  const unitIds = new Map((await em.find(OrgUnit)).map((unit) => [unit.code, unit.id]));
  for (const unit of topological(data.units)) {
    const wanted = {
      name: unit.name,
      kind: unit.kind,
      parentId: unit.parentCode ? unitIds.get(unit.parentCode)! : null,
      docSymbol: unit.docSymbol,
      sortOrder: unit.sortOrder,
      active: true,
    };
    const existing = await em.findOneBy(OrgUnit, { code: unit.code });
    if (!existing) {
      const saved = await em.save(OrgUnit, em.create(OrgUnit, { code: unit.code, ...wanted }));
      unitIds.set(unit.code, saved.id);
      result.units.created += 1;
    } else if (!same(existing, wanted)) {
      await em.update(OrgUnit, { id: existing.id }, wanted);
      result.units.updated += 1;
    } else {
      result.units.unchanged += 1;
    }
  }

  const staffIds = new Map<string, number>();
  const existingStaff = new Map((await em.find(Staff)).map((s) => [s.employeeNo, s]));
  for (const person of data.staff) {
    const wanted = {
      familyName: person.familyName,
      givenName: person.givenName,
      familyNameKana: person.familyNameKana,
      givenNameKana: person.givenNameKana,
      email: person.email,
      active: true,
    };
    const existing = existingStaff.get(person.employeeNo);
    if (!existing) {
      const saved = await em.save(Staff, em.create(Staff, { employeeNo: person.employeeNo, ...wanted }));
      staffIds.set(person.employeeNo, saved.id);
      result.staff.created += 1;
    } else {
      staffIds.set(person.employeeNo, existing.id);
      if (!same(existing, wanted)) {
        await em.update(Staff, { id: existing.id }, wanted);
        result.staff.updated += 1;
      } else {
        result.staff.unchanged += 1;
      }
    }
  }

  const existingPostings = await em.find(Posting);
  const postingKey = (staffId: number, unitId: number, posId: number, startDate: string) =>
    `${staffId}/${unitId}/${posId}/${startDate}`;
  const postingsByKey = new Map(
    existingPostings.map((p) => [postingKey(p.staffId, p.unitId, p.positionId, p.startDate), p]),
  );
  for (const p of data.postings) {
    const staffId = staffIds.get(p.employeeNo)!;
    const unitId = unitIds.get(p.unitCode)!;
    const posId = positionId(p.positionCode);
    const wanted = { endDate: p.endDate, concurrent: p.concurrent, note: p.note };
    const existing = postingsByKey.get(postingKey(staffId, unitId, posId, p.startDate));
    if (!existing) {
      await em.insert(Posting, { staffId, unitId, positionId: posId, startDate: p.startDate, ...wanted });
      result.postings.created += 1;
    } else if (!same(existing, wanted)) {
      await em.update(Posting, { id: existing.id }, wanted);
      result.postings.updated += 1;
    } else {
      result.postings.unchanged += 1;
    }
  }

  const existingDeputies = await em.find(DeputyDesignation);
  for (const dep of data.deputies) {
    const key = {
      unitId: unitIds.get(dep.unitCode)!,
      positionId: positionId(dep.positionCode),
      deputyUnitId: unitIds.get(dep.deputyUnitCode)!,
      deputyPositionId: positionId(dep.deputyPositionCode),
    };
    const existing = existingDeputies.find((row) => same(row, key));
    if (!existing) {
      await em.insert(DeputyDesignation, { ...key, priority: dep.priority });
      result.deputies.created += 1;
    } else if (existing.priority !== dep.priority) {
      await em.update(DeputyDesignation, { id: existing.id }, { priority: dep.priority });
      result.deputies.updated += 1;
    } else {
      result.deputies.unchanged += 1;
    }
  }
  return result;
}
