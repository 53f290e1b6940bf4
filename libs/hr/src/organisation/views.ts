import type { CalendarDate } from './domain/dates';
import type { PositionCode } from './domain/positions';
import type { UnitKind } from './domain/tree';
import type { Absence } from './entities/absence.entity';
import type { OrgUnit } from './entities/org-unit.entity';
import type { Position } from './entities/position.entity';
import type { Posting } from './entities/posting.entity';
import type { Staff } from './entities/staff.entity';

/** What the services return and the API sends: plain objects, never the entities themselves. */
export interface UnitView {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  parentId: number | null;
  docSymbol: string | null;
  sortOrder: number;
  active: boolean;
}

export type UnitTreeNode = UnitView & { children: UnitTreeNode[] };

export interface PositionView {
  code: PositionCode;
  name: string;
  rank: number;
}

export interface StaffView {
  id: number;
  employeeNo: string;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  /** 氏名 as displayed: `山田 太郎`. */
  name: string;
  nameKana: string;
  email: string | null;
  active: boolean;
}

/** A posting with the names a reader needs; also what the holder queries return. */
export interface PostingView {
  id: number;
  staffId: number;
  employeeNo: string;
  staffName: string;
  staffNameKana: string;
  unitId: number;
  unitCode: string;
  unitName: string;
  positionCode: PositionCode;
  positionName: string;
  rank: number;
  startDate: CalendarDate;
  endDate: CalendarDate | null;
  concurrent: boolean;
  note: string | null;
}

/** A holder of a post on a date: the posting through which they hold it. */
export type PostHolder = PostingView;

export interface AbsenceView {
  id: number;
  staffId: number;
  from: Date;
  to: Date;
  reason: string;
}

export interface DeputyView {
  id: number;
  unitId: number;
  unitName: string;
  positionCode: PositionCode;
  positionName: string;
  deputyUnitId: number;
  deputyUnitName: string;
  deputyPositionCode: PositionCode;
  deputyPositionName: string;
  priority: number;
  startDate: CalendarDate | null;
  endDate: CalendarDate | null;
}

/** Who decides for a post as 代決者 at an instant, and under which designation. */
export interface DeputyResolution {
  deputy: PostHolder;
  designation: DeputyView;
}

export function toUnitView(u: OrgUnit): UnitView {
  return {
    id: u.id,
    code: u.code,
    name: u.name,
    kind: u.kind,
    parentId: u.parentId,
    docSymbol: u.docSymbol,
    sortOrder: u.sortOrder,
    active: u.active,
  };
}

export function toPositionView(p: Position): PositionView {
  return { code: p.code, name: p.name, rank: p.rank };
}

export function displayName(s: Pick<Staff, 'familyName' | 'givenName'>): string {
  return `${s.familyName} ${s.givenName}`;
}

export function displayNameKana(s: Pick<Staff, 'familyNameKana' | 'givenNameKana'>): string {
  return `${s.familyNameKana} ${s.givenNameKana}`;
}

export function toStaffView(s: Staff): StaffView {
  return {
    id: s.id,
    employeeNo: s.employeeNo,
    familyName: s.familyName,
    givenName: s.givenName,
    familyNameKana: s.familyNameKana,
    givenNameKana: s.givenNameKana,
    name: displayName(s),
    nameKana: displayNameKana(s),
    email: s.email,
    active: s.active,
  };
}

/** Needs a posting loaded with its staff, unit and position (OrganisationRepository.postings()). */
export function toPostingView(p: Posting): PostingView {
  if (!p.staff || !p.unit || !p.position) throw new Error(`posting ${p.id} was loaded without its joins`);
  return {
    id: p.id,
    staffId: p.staffId,
    employeeNo: p.staff.employeeNo,
    staffName: displayName(p.staff),
    staffNameKana: displayNameKana(p.staff),
    unitId: p.unitId,
    unitCode: p.unit.code,
    unitName: p.unit.name,
    positionCode: p.position.code,
    positionName: p.position.name,
    rank: p.position.rank,
    startDate: p.startDate,
    endDate: p.endDate,
    concurrent: p.concurrent,
    note: p.note,
  };
}

export function toAbsenceView(a: Absence): AbsenceView {
  return { id: a.id, staffId: a.staffId, from: a.startsAt, to: a.endsAt, reason: a.reason };
}
