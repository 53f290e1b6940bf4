import { Injectable } from '@nestjs/common';
import { Not, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { AuditTrail } from '@ringi/auth';
import { ConflictError, InvalidInputError, NotFoundError, Transactions } from '@ringi/platform';
import { DeputyDesignation } from './entities/deputy-designation.entity';
import { OrgUnit } from './entities/org-unit.entity';
import { OrganisationRepository } from './organisation.repository';
import { changedFields } from './audit-detail';
import { designationsOverlap, isValidDeputyPeriod } from './domain/deputy-periods';
import { assertDate } from './organisation.repository';
import type { DeputyView } from './views';

export interface DeputyInput {
  unitId: number;
  positionCode: string;
  deputyUnitId: number;
  deputyPositionCode: string;
  priority: number;
  startDate?: string | null;
  endDate?: string | null;
}

export type DeputyChanges = Partial<
  Pick<DeputyInput, 'deputyUnitId' | 'deputyPositionCode' | 'priority' | 'startDate' | 'endDate'>
>;

/** A date from the API, or null for "no limit". */
function dateOrNull(value: string | null | undefined, field: string): string | null {
  return value == null ? null : assertDate(value, field);
}

const invalid = (field: string, message: string) =>
  new InvalidInputError('入力内容に誤りがあります。', [{ field, messages: [message] }]);

/** Designated deputies (代決者) of deciding posts. */
@Injectable()
export class DeputiesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repo: OrganisationRepository,
    private readonly audit: AuditTrail,
  ) {}

  list(filter: { unitId?: number; positionCode?: string } = {}): Promise<DeputyView[]> {
    return this.transactions.run(async (em) => {
      const where: FindOptionsWhere<DeputyDesignation> = {};
      if (filter.unitId !== undefined) where.unitId = filter.unitId;
      if (filter.positionCode) where.positionId = (await this.repo.positionByCode(em, filter.positionCode)).id;
      const rows = await em.find(DeputyDesignation, {
        where,
        order: { unitId: 'ASC', positionId: 'ASC', priority: 'ASC' },
      });
      return this.repo.deputyViews(em, rows);
    });
  }

  get(id: number): Promise<DeputyView> {
    return this.transactions.run(async (em) => (await this.repo.deputyViews(em, [await this.find(em, id)]))[0]);
  }

  create(input: DeputyInput): Promise<DeputyView> {
    return this.transactions.run(async (em) => {
      const row = em.create(DeputyDesignation, {
        unitId: await this.unitId(em, input.unitId, 'unitId'),
        positionId: (await this.repo.positionByCode(em, input.positionCode)).id,
        deputyUnitId: await this.unitId(em, input.deputyUnitId, 'deputyUnitId'),
        deputyPositionId: (await this.repo.positionByCode(em, input.deputyPositionCode)).id,
        priority: input.priority,
        startDate: dateOrNull(input.startDate, 'startDate'),
        endDate: dateOrNull(input.endDate, 'endDate'),
      });
      await this.check(em, row);
      const saved = await em.save(DeputyDesignation, row);
      const [view] = await this.repo.deputyViews(em, [saved]);
      await this.audit.record({
        action: 'org.deputy.created',
        targetType: 'deputy',
        targetId: saved.id,
        capacity: 'admin',
        detail: { deputy: view },
      });
      return view;
    });
  }

  update(id: number, changes: DeputyChanges): Promise<DeputyView> {
    return this.transactions.run(async (em) => {
      const current = await this.find(em, id, true);
      const [before] = await this.repo.deputyViews(em, [current]);
      const next = em.create(DeputyDesignation, {
        ...current,
        deputyUnitId:
          changes.deputyUnitId !== undefined
            ? await this.unitId(em, changes.deputyUnitId, 'deputyUnitId')
            : current.deputyUnitId,
        deputyPositionId: changes.deputyPositionCode
          ? (await this.repo.positionByCode(em, changes.deputyPositionCode)).id
          : current.deputyPositionId,
        priority: changes.priority ?? current.priority,
        startDate: changes.startDate !== undefined ? dateOrNull(changes.startDate, 'startDate') : current.startDate,
        endDate: changes.endDate !== undefined ? dateOrNull(changes.endDate, 'endDate') : current.endDate,
      });
      await this.check(em, next);
      await em.update(
        DeputyDesignation,
        { id },
        {
          deputyUnitId: next.deputyUnitId,
          deputyPositionId: next.deputyPositionId,
          priority: next.priority,
          startDate: next.startDate,
          endDate: next.endDate,
        },
      );
      const [after] = await this.repo.deputyViews(em, [next]);
      const diff = changedFields(before, after);
      if (Object.keys(diff).length > 0) {
        await this.audit.record({
          action: 'org.deputy.updated',
          targetType: 'deputy',
          targetId: id,
          capacity: 'admin',
          detail: { changes: diff },
        });
      }
      return after;
    });
  }

  remove(id: number): Promise<void> {
    return this.transactions.run(async (em) => {
      const row = await this.find(em, id, true);
      const [view] = await this.repo.deputyViews(em, [row]);
      await em.delete(DeputyDesignation, { id });
      await this.audit.record({
        action: 'org.deputy.deleted',
        targetType: 'deputy',
        targetId: id,
        capacity: 'admin',
        detail: { deputy: view },
      });
    });
  }

  private async find(em: EntityManager, id: number, lock = false): Promise<DeputyDesignation> {
    const row = await em.findOne(DeputyDesignation, { where: { id }, ...(lock ? this.transactions.lock : {}) });
    if (!row) throw new NotFoundError(`代決者の指定（ID ${id}）が見つかりません。`);
    return row;
  }

  private async unitId(em: EntityManager, id: number, field: string): Promise<number> {
    const unit = await em.findOneBy(OrgUnit, { id });
    if (!unit) throw invalid(field, '指定された組織が見つかりません');
    return unit.id;
  }

  private async check(em: EntityManager, row: DeputyDesignation): Promise<void> {
    if (row.unitId === row.deputyUnitId && row.positionId === row.deputyPositionId) {
      throw invalid('deputyPositionCode', '代決者には決裁する職と別の職を指定してください');
    }
    if (!isValidDeputyPeriod(row)) throw invalid('endDate', '終了日は開始日以降の日付を指定してください');
    // Writers of one unit's designations queue on its row, so two of them cannot both pass the checks below.
    await em.findOne(OrgUnit, { where: { id: row.unitId }, ...this.transactions.lock });
    const others = row.id ? { id: Not(row.id) } : {};
    // Designations of the post whose periods share a day with this one; the others never compete.
    const concurrent = (
      await em.findBy(DeputyDesignation, { unitId: row.unitId, positionId: row.positionId, ...others })
    ).filter((d) => designationsOverlap(d, row));
    if (concurrent.some((d) => d.priority === row.priority)) {
      throw new ConflictError(`この職の代決者には、同じ期間に優先順位 ${row.priority} が既に指定されています。`);
    }
    if (concurrent.some((d) => d.deputyUnitId === row.deputyUnitId && d.deputyPositionId === row.deputyPositionId)) {
      throw new ConflictError('この職の代決者として、同じ期間に同じ職が既に指定されています。');
    }
  }
}
