import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail } from '@ringi/auth';
import { ConflictError, InvalidInputError, Transactions } from '@ringi/platform';
import { addDays, type CalendarDate } from './domain/dates';
import {
  findPostingConflict,
  formatPeriod,
  isValidPeriod,
  periodCovers,
  type PostingConflict,
} from './domain/postings';
import { subtreeIds } from './domain/tree';
import { OrgUnit } from './entities/org-unit.entity';
import { Posting } from './entities/posting.entity';
import type { Staff } from './entities/staff.entity';
import { OrganisationRepository, assertDate } from './organisation.repository';
import { changedFields } from './audit-detail';
import { toPostingView, type PostingView } from './views';

export interface PostingInput {
  staffId: number;
  unitId: number;
  positionCode: string;
  startDate: CalendarDate;
  endDate?: CalendarDate | null;
  concurrent?: boolean;
  note?: string | null;
}

export interface PostingChanges {
  unitId?: number;
  positionCode?: string;
  startDate?: CalendarDate;
  /** null = open-ended again. */
  endDate?: CalendarDate | null;
  concurrent?: boolean;
  note?: string | null;
}

/** A transfer (異動): the main post changes on `effectiveDate`. */
export interface TransferInput {
  unitId: number;
  positionCode: string;
  effectiveDate: CalendarDate;
  endDate?: CalendarDate | null;
  /** Also end the concurrent posts (兼務) running on the day before. Default false. */
  endConcurrentPosts?: boolean;
  note?: string | null;
}

export interface TransferResult {
  /** The main posting closed on the day before the transfer, if there was one. */
  closed: PostingView | null;
  /** Concurrent posts ended with it (endConcurrentPosts). */
  endedConcurrent: PostingView[];
  opened: PostingView;
}

export interface PostingFilterInput {
  staffId?: number;
  unitId?: number;
  subtree?: boolean;
  /** Only postings valid on this date; omitted = every posting (history and future). */
  date?: CalendarDate;
}

const invalid = (field: string, message: string) =>
  new InvalidInputError('入力内容に誤りがあります。', [{ field, messages: [message] }]);

/**
 * Postings (配置) and transfers (異動). Every change locks the staff member's row first, so two
 * writers can never give one person two overlapping main posts.
 */
@Injectable()
export class PostingsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repo: OrganisationRepository,
    private readonly audit: AuditTrail,
  ) {}

  list(filter: PostingFilterInput = {}): Promise<PostingView[]> {
    return this.transactions.run(async (em) => {
      let unitIds: number[] | undefined;
      if (filter.unitId !== undefined) {
        await this.repo.unit(em, filter.unitId);
        unitIds = filter.subtree ? subtreeIds(await this.repo.allUnits(em), filter.unitId) : [filter.unitId];
      }
      const rows = await this.repo.postings(em, {
        date: filter.date,
        staffIds: filter.staffId !== undefined ? [filter.staffId] : undefined,
        unitIds,
        activeStaffOnly: false,
      });
      return rows.map(toPostingView);
    });
  }

  get(id: number): Promise<PostingView> {
    return this.transactions.run(async (em) => toPostingView(await this.repo.posting(em, id)));
  }

  create(input: PostingInput): Promise<PostingView> {
    return this.transactions.run(async (em) => {
      const staff = await this.lockStaff(em, input.staffId);
      const position = await this.repo.positionByCode(em, input.positionCode);
      await this.checkUnit(em, input.unitId);
      const posting = em.create(Posting, {
        staffId: staff.id,
        unitId: input.unitId,
        positionId: position.id,
        startDate: assertDate(input.startDate, 'startDate'),
        endDate: input.endDate == null ? null : assertDate(input.endDate, 'endDate'),
        concurrent: input.concurrent ?? false,
        note: input.note ?? null,
      });
      await this.checkRules(em, staff, posting);
      const saved = await em.save(Posting, posting);
      const view = toPostingView(await this.repo.posting(em, saved.id));
      await this.audit.record({
        action: 'org.posting.created',
        targetType: 'posting',
        targetId: saved.id,
        capacity: 'admin',
        detail: { posting: summary(view) },
      });
      return view;
    });
  }

  update(id: number, changes: PostingChanges): Promise<PostingView> {
    return this.transactions.run(async (em) => {
      const found = await this.repo.posting(em, id);
      const staff = await this.lockStaff(em, found.staffId, false);
      const current = await this.repo.posting(em, id); // re-read under the staff lock
      const before = toPostingView(current);
      const position = changes.positionCode
        ? await this.repo.positionByCode(em, changes.positionCode)
        : current.position!;
      if (changes.unitId !== undefined && changes.unitId !== current.unitId) await this.checkUnit(em, changes.unitId);
      const next = em.create(Posting, {
        id,
        staffId: current.staffId,
        unitId: changes.unitId ?? current.unitId,
        positionId: position.id,
        startDate: changes.startDate !== undefined ? assertDate(changes.startDate, 'startDate') : current.startDate,
        endDate:
          changes.endDate === undefined
            ? current.endDate
            : changes.endDate === null
              ? null
              : assertDate(changes.endDate, 'endDate'),
        concurrent: changes.concurrent ?? current.concurrent,
        note: changes.note === undefined ? current.note : changes.note,
      });
      await this.checkRules(em, staff, next);
      await em.update(
        Posting,
        { id },
        {
          unitId: next.unitId,
          positionId: next.positionId,
          startDate: next.startDate,
          endDate: next.endDate,
          concurrent: next.concurrent,
          note: next.note,
        },
      );
      const after = toPostingView(await this.repo.posting(em, id));
      const diff = changedFields(summary(before), summary(after));
      if (Object.keys(diff).length > 0) {
        await this.audit.record({
          action: 'org.posting.updated',
          targetType: 'posting',
          targetId: id,
          capacity: 'admin',
          detail: { staffId: staff.id, changes: diff },
        });
      }
      return after;
    });
  }

  remove(id: number): Promise<void> {
    return this.transactions.run(async (em) => {
      const found = await this.repo.posting(em, id);
      await this.lockStaff(em, found.staffId, false);
      const view = toPostingView(await this.repo.posting(em, id));
      await em.delete(Posting, { id });
      await this.audit.record({
        action: 'org.posting.deleted',
        targetType: 'posting',
        targetId: id,
        capacity: 'admin',
        detail: { posting: summary(view) },
      });
    });
  }

  /**
   * Registers a transfer (異動), possibly in advance: the main posting running on the day before
   * `effectiveDate` is closed that day and the new main posting opens on `effectiveDate`, in one
   * transaction. Until that date every query still answers with the old post.
   */
  transfer(staffId: number, input: TransferInput): Promise<TransferResult> {
    return this.transactions.run(async (em) => {
      const staff = await this.lockStaff(em, staffId);
      const effective = assertDate(input.effectiveDate, 'effectiveDate');
      const dayBefore = addDays(effective, -1);
      const position = await this.repo.positionByCode(em, input.positionCode);
      await this.checkUnit(em, input.unitId);
      const existing = await this.repo.postings(em, { staffIds: [staffId], activeStaffOnly: false });
      const running = existing.filter(
        (p) => periodCovers(p, dayBefore) && (p.endDate === null || p.endDate >= effective),
      );
      const currentMain = running.find((p) => !p.concurrent) ?? null;
      const toClose = [
        ...(currentMain ? [currentMain] : []),
        ...(input.endConcurrentPosts ? running.filter((p) => p.concurrent) : []),
      ];
      for (const p of toClose) p.endDate = dayBefore;
      const opened = em.create(Posting, {
        staffId,
        unitId: input.unitId,
        positionId: position.id,
        startDate: effective,
        endDate: input.endDate == null ? null : assertDate(input.endDate, 'endDate'),
        concurrent: false,
        note: input.note ?? null,
      });
      if (!isValidPeriod(opened)) throw invalid('endDate', '終了日は発令日以降の日付を指定してください');
      const conflict = findPostingConflict(existing, opened);
      if (conflict) throw await this.conflictError(em, staff, conflict);
      for (const p of toClose) await em.update(Posting, { id: p.id }, { endDate: dayBefore });
      const saved = await em.save(Posting, opened);
      const closedViews = await Promise.all(toClose.map(async (p) => toPostingView(await this.repo.posting(em, p.id))));
      const result: TransferResult = {
        closed: currentMain ? (closedViews.find((v) => v.id === currentMain.id) ?? null) : null,
        endedConcurrent: closedViews.filter((v) => v.concurrent),
        opened: toPostingView(await this.repo.posting(em, saved.id)),
      };
      await this.audit.record({
        action: 'org.posting.transferred',
        targetType: 'staff',
        targetId: staffId,
        capacity: 'admin',
        detail: {
          effectiveDate: effective,
          closed: result.closed ? summary(result.closed) : null,
          endedConcurrent: result.endedConcurrent.map(summary),
          opened: summary(result.opened),
        },
      });
      return result;
    });
  }

  private async lockStaff(em: EntityManager, staffId: number, mustBeActive = true): Promise<Staff> {
    const staff = await this.repo.staff(em, staffId, this.transactions.lock);
    if (mustBeActive && !staff.active)
      throw new ConflictError(
        `${staff.familyName} ${staff.givenName}さんは無効（退職等）になっているため配置できません。`,
      );
    return staff;
  }

  private async checkUnit(em: EntityManager, unitId: number): Promise<void> {
    const unit = await em.findOneBy(OrgUnit, { id: unitId });
    if (!unit) throw invalid('unitId', '指定された組織が見つかりません');
    if (!unit.active) throw invalid('unitId', `「${unit.name}」は無効になっているため配置できません`);
  }

  private async checkRules(em: EntityManager, staff: Staff, posting: Posting): Promise<void> {
    if (!isValidPeriod(posting)) throw invalid('endDate', '終了日は開始日以降の日付を指定してください');
    const others = await this.repo.postings(em, { staffIds: [staff.id], activeStaffOnly: false });
    const conflict = findPostingConflict(others, posting);
    if (conflict) throw await this.conflictError(em, staff, conflict);
  }

  private async conflictError(em: EntityManager, staff: Staff, conflict: PostingConflict): Promise<ConflictError> {
    const other = conflict.with as Posting;
    const unit = other.unit ?? (await this.repo.unit(em, other.unitId));
    const position = other.position ?? (await this.repo.positionById(em, other.positionId));
    const who = `${staff.familyName} ${staff.givenName}さん`;
    const post = `${unit.name} ${position.name}`;
    const message =
      conflict.kind === 'main-overlap'
        ? `${who}には ${formatPeriod(other)} の本務の配置（${post}）があり、期間が重なります。本務の配置は同じ日に1つだけです（兼務として登録する場合は「兼務」を指定してください）。`
        : `${who}は ${formatPeriod(other)} に同じ職（${post}）に既に配置されており、期間が重なります。`;
    return new ConflictError(message, { conflictingPostingId: other.id });
  }
}

function summary(v: PostingView) {
  return {
    staffId: v.staffId,
    employeeNo: v.employeeNo,
    unitId: v.unitId,
    unitName: v.unitName,
    positionCode: v.positionCode,
    startDate: v.startDate,
    endDate: v.endDate,
    concurrent: v.concurrent,
    note: v.note,
  };
}
