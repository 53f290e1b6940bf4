import { Injectable } from '@nestjs/common';
import { Brackets, Not, type EntityManager } from 'typeorm';
import { AuditTrail, UserAccount } from '@ringi/auth';
import { Clock, ConflictError, Transactions } from '@ringi/platform';
import { jstDateOf, type CalendarDate } from './domain/dates';
import { subtreeIds } from './domain/tree';
import { Posting } from './entities/posting.entity';
import { Staff } from './entities/staff.entity';
import { OrganisationRepository, assertDate } from './organisation.repository';
import { changedFields, defined } from './audit-detail';
import { toPostingView, toStaffView, type PostingView, type StaffView } from './views';

export interface StaffInput {
  employeeNo: string;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  email?: string | null;
  active?: boolean;
}

export type StaffChanges = Partial<StaffInput>;

export interface StaffFilter {
  /** Words matched (all of them) against 職員番号, 氏名 and カナ. */
  q?: string;
  /** Only staff posted (main or 兼務) in this unit on `date`… */
  unitId?: number;
  /** …or anywhere below it too. */
  subtree?: boolean;
  /** Date of the postings shown and filtered on; default today (JST). */
  date?: CalendarDate;
  includeInactive?: boolean;
  limit?: number;
  offset?: number;
}

export interface StaffListItem extends StaffView {
  /** Posts held on the filter date, main post first. */
  posts: PostingView[];
}

export interface StaffDetail extends StaffView {
  /** Every posting, past, current and future, newest first. */
  postings: PostingView[];
}

const DEFAULT_LIMIT = 50;

/** Staff records (職員) for the admin API. */
@Injectable()
export class StaffService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repo: OrganisationRepository,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  list(filter: StaffFilter = {}): Promise<{ items: StaffListItem[]; total: number; date: CalendarDate }> {
    return this.transactions.run(async (em) => {
      const date = filter.date ? assertDate(filter.date) : jstDateOf(this.clock.now());
      const q = em.getRepository(Staff).createQueryBuilder('s');
      if (!filter.includeInactive) q.andWhere('s.active = :active', { active: true });
      for (const [i, word] of (filter.q ?? '')
        .split(/[\s\u3000]+/)
        .filter(Boolean)
        .entries()) {
        const like = `%${word.replace(/[!%_]/g, (c) => `!${c}`)}%`;
        q.andWhere(
          new Brackets((b) => {
            for (const column of ['employeeNo', 'familyName', 'givenName', 'familyNameKana', 'givenNameKana']) {
              b.orWhere(`s.${column} LIKE :w${i} ESCAPE '!'`, { [`w${i}`]: like });
            }
          }),
        );
      }
      if (filter.unitId !== undefined) {
        const units = await this.repo.allUnits(em);
        await this.repo.unit(em, filter.unitId);
        const unitIds = filter.subtree ? subtreeIds(units, filter.unitId) : [filter.unitId];
        const posted = em
          .getRepository(Posting)
          .createQueryBuilder('p')
          .select('1')
          .where('p.staffId = s.id')
          .andWhere('p.unitId IN (:...unitIds)')
          .andWhere('p.startDate <= :date')
          .andWhere('(p.endDate IS NULL OR p.endDate >= :date)');
        q.andWhere(`EXISTS (${posted.getQuery()})`, { unitIds, date });
      }
      const total = await q.getCount();
      const rows = await q
        .orderBy('s.familyNameKana', 'ASC')
        .addOrderBy('s.givenNameKana', 'ASC')
        .addOrderBy('s.employeeNo', 'ASC')
        .take(filter.limit ?? DEFAULT_LIMIT)
        .skip(filter.offset ?? 0)
        .getMany();
      const posts = await this.repo.postings(em, { date, staffIds: rows.map((s) => s.id), activeStaffOnly: false });
      const items = rows.map((s) => ({
        ...toStaffView(s),
        posts: posts.filter((p) => p.staffId === s.id).map(toPostingView),
      }));
      return { items, total, date };
    });
  }

  get(id: number): Promise<StaffDetail> {
    return this.transactions.run((em) => this.detail(em, id));
  }

  create(input: StaffInput): Promise<StaffDetail> {
    return this.transactions.run(async (em) => {
      const staff = em.create(Staff, {
        employeeNo: input.employeeNo,
        familyName: input.familyName,
        givenName: input.givenName,
        familyNameKana: input.familyNameKana,
        givenNameKana: input.givenNameKana,
        email: input.email ?? null,
        active: input.active ?? true,
      });
      await this.checkUnique(em, staff);
      const saved = await em.save(Staff, staff);
      await this.audit.record({
        action: 'org.staff.created',
        targetType: 'staff',
        targetId: saved.id,
        capacity: 'admin',
        detail: { employeeNo: saved.employeeNo, name: `${saved.familyName} ${saved.givenName}` },
      });
      return this.detail(em, saved.id);
    });
  }

  update(id: number, changes: StaffChanges): Promise<StaffDetail> {
    return this.transactions.run(async (em) => {
      const current = await this.repo.staff(em, id, this.transactions.lock);
      const next = em.create(Staff, { ...current, ...defined(changes) });
      await this.checkUnique(em, next);
      const diff = changedFields(toStaffView(current), toStaffView(next));
      delete diff.name;
      delete diff.nameKana;
      if (Object.keys(diff).length > 0) {
        await em.update(
          Staff,
          { id },
          {
            employeeNo: next.employeeNo,
            familyName: next.familyName,
            givenName: next.givenName,
            familyNameKana: next.familyNameKana,
            givenNameKana: next.givenNameKana,
            email: next.email,
            active: next.active,
          },
        );
        await this.audit.record({
          action: 'org.staff.updated',
          targetType: 'staff',
          targetId: id,
          capacity: 'admin',
          detail: { changes: diff },
        });
      }
      return this.detail(em, id);
    });
  }

  /** Deletes a staff record entered by mistake; anyone who ever held a post is deactivated instead. */
  remove(id: number): Promise<void> {
    return this.transactions.run(async (em) => {
      const staff = await this.repo.staff(em, id, this.transactions.lock);
      if (await em.existsBy(Posting, { staffId: id })) {
        throw new ConflictError(
          `${staff.familyName} ${staff.givenName}さんには配置の記録があるため削除できません。退職等の場合は無効にしてください。`,
        );
      }
      // An account would be left pointing at nobody, and its history with it.
      if (await em.existsBy(UserAccount, { staffId: id })) {
        throw new ConflictError(
          `${staff.familyName} ${staff.givenName}さんにはログインアカウントがあるため削除できません。無効にしてください。`,
        );
      }
      await em.delete(Staff, { id });
      await this.audit.record({
        action: 'org.staff.deleted',
        targetType: 'staff',
        targetId: id,
        capacity: 'admin',
        detail: { employeeNo: staff.employeeNo, name: `${staff.familyName} ${staff.givenName}` },
      });
    });
  }

  private async detail(em: EntityManager, id: number): Promise<StaffDetail> {
    const staff = await this.repo.staff(em, id);
    const postings = await this.repo.postings(em, { staffIds: [id], activeStaffOnly: false });
    postings.sort(
      (a, b) => b.startDate.localeCompare(a.startDate) || Number(a.concurrent) - Number(b.concurrent) || b.id - a.id,
    );
    return { ...toStaffView(staff), postings: postings.map(toPostingView) };
  }

  private async checkUnique(em: EntityManager, staff: Staff): Promise<void> {
    const others = staff.id ? { id: Not(staff.id) } : {};
    if (await em.existsBy(Staff, { employeeNo: staff.employeeNo, ...others })) {
      throw new ConflictError(`職員番号「${staff.employeeNo}」は既に登録されています。`);
    }
  }
}
