import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@ringi/auth';
import { InvalidInputError, NotFoundError, Transactions } from '@ringi/platform';
import { Absence } from './entities/absence.entity';
import { OrganisationRepository } from './organisation.repository';
import { changedFields } from './audit-detail';
import { toAbsenceView, type AbsenceView } from './views';

export interface AbsenceInput {
  staffId: number;
  from: Date;
  to: Date;
  reason: string;
}

export type AbsenceChanges = Partial<Omit<AbsenceInput, 'staffId'>>;

export interface AbsenceFilter {
  staffId?: number;
  /** Absences that end after this instant… */
  from?: Date;
  /** …and start before this one. */
  to?: Date;
}

const MAX_LISTED = 500;

/** Absences (不在): the periods in which a staff member cannot decide, so a deputy (代決者) does. */
@Injectable()
export class AbsencesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repo: OrganisationRepository,
    private readonly audit: AuditTrail,
  ) {}

  list(filter: AbsenceFilter = {}): Promise<AbsenceView[]> {
    return this.transactions.run(async (em) => {
      const q = em.getRepository(Absence).createQueryBuilder('a');
      if (filter.staffId !== undefined) q.andWhere('a.staffId = :staffId', { staffId: filter.staffId });
      if (filter.from) q.andWhere('a.endsAt > :from', { from: filter.from });
      if (filter.to) q.andWhere('a.startsAt < :to', { to: filter.to });
      const rows = await q.orderBy('a.startsAt', 'ASC').addOrderBy('a.id', 'ASC').take(MAX_LISTED).getMany();
      return rows.map(toAbsenceView);
    });
  }

  get(id: number): Promise<AbsenceView> {
    return this.transactions.run(async (em) => {
      const row = await em.findOneBy(Absence, { id });
      if (!row) throw new NotFoundError(`不在の登録（ID ${id}）が見つかりません。`);
      return toAbsenceView(row);
    });
  }

  create(input: AbsenceInput): Promise<AbsenceView> {
    checkInterval(input.from, input.to);
    return this.transactions.run(async (em) => {
      await this.repo.staff(em, input.staffId, this.transactions.lock);
      const saved = await em.save(
        Absence,
        em.create(Absence, { staffId: input.staffId, startsAt: input.from, endsAt: input.to, reason: input.reason }),
      );
      const view = toAbsenceView(saved);
      await this.audit.record({
        action: 'org.absence.created',
        targetType: 'absence',
        targetId: saved.id,
        capacity: 'admin',
        detail: { absence: view },
      });
      return view;
    });
  }

  update(id: number, changes: AbsenceChanges): Promise<AbsenceView> {
    return this.transactions.run(async (em) => {
      const row = await em.findOne(Absence, { where: { id }, ...this.transactions.lock });
      if (!row) throw new NotFoundError(`不在の登録（ID ${id}）が見つかりません。`);
      const before = toAbsenceView(row);
      const after: AbsenceView = {
        ...before,
        from: changes.from ?? before.from,
        to: changes.to ?? before.to,
        reason: changes.reason ?? before.reason,
      };
      checkInterval(after.from, after.to);
      await em.update(Absence, { id }, { startsAt: after.from, endsAt: after.to, reason: after.reason });
      const diff = changedFields(before, after);
      if (Object.keys(diff).length > 0) {
        await this.audit.record({
          action: 'org.absence.updated',
          targetType: 'absence',
          targetId: id,
          capacity: 'admin',
          detail: { staffId: row.staffId, changes: diff },
        });
      }
      return after;
    });
  }

  remove(id: number): Promise<void> {
    return this.transactions.run(async (em) => {
      const row = await em.findOne(Absence, { where: { id }, ...this.transactions.lock });
      if (!row) throw new NotFoundError(`不在の登録（ID ${id}）が見つかりません。`);
      await em.delete(Absence, { id });
      await this.audit.record({
        action: 'org.absence.deleted',
        targetType: 'absence',
        targetId: id,
        capacity: 'admin',
        detail: { absence: toAbsenceView(row) },
      });
    });
  }
}

function checkInterval(from: Date, to: Date): void {
  if (!(from.getTime() < to.getTime())) {
    throw new InvalidInputError('入力内容に誤りがあります。', [
      { field: 'to', messages: ['終了日時は開始日時より後にしてください'] },
    ]);
  }
}
