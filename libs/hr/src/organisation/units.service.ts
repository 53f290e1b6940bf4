import { Injectable } from '@nestjs/common';
import { Brackets, Not, type EntityManager } from 'typeorm';
import { AuditTrail } from '@ringi/auth';
import { Clock, ConflictError, InvalidInputError, Transactions } from '@ringi/platform';
import { jstDateOf } from './domain/dates';
import { buildTree, parentKindProblem, wouldCreateCycle, type UnitKind } from './domain/tree';
import { DeputyDesignation } from './entities/deputy-designation.entity';
import { OrgUnit } from './entities/org-unit.entity';
import { Posting } from './entities/posting.entity';
import { OrganisationRepository } from './organisation.repository';
import { changedFields, defined } from './audit-detail';
import { toUnitView, type UnitTreeNode, type UnitView } from './views';

export interface UnitInput {
  code: string;
  name: string;
  kind: UnitKind;
  parentId?: number | null;
  docSymbol?: string | null;
  sortOrder?: number;
  active?: boolean;
}

export type UnitChanges = Partial<UnitInput>;

const invalid = (field: string, message: string) =>
  new InvalidInputError('入力内容に誤りがあります。', [{ field, messages: [message] }]);

/** Units (組織) for the admin API: the tree, and changes that keep it a tree. */
@Injectable()
export class UnitsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repo: OrganisationRepository,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  tree(options: { includeInactive?: boolean } = {}): Promise<UnitTreeNode[]> {
    return this.transactions.run(async (em) => {
      const units = (await this.repo.allUnits(em)).filter((u) => options.includeInactive || u.active);
      return buildTree(units.map(toUnitView));
    });
  }

  get(id: number): Promise<UnitView> {
    return this.transactions.run(async (em) => toUnitView(await this.repo.unit(em, id)));
  }

  create(input: UnitInput): Promise<UnitView> {
    return this.transactions.run(async (em) => {
      const units = await this.lockTree(em);
      const unit = em.create(OrgUnit, {
        code: input.code,
        name: input.name,
        kind: input.kind,
        parentId: input.parentId ?? null,
        docSymbol: input.docSymbol ?? null,
        sortOrder: input.sortOrder ?? 0,
        active: input.active ?? true,
      });
      this.checkPlacement(units, unit, null);
      await this.checkUnique(em, unit);
      const saved = await em.save(OrgUnit, unit);
      await this.audit.record({
        action: 'org.unit.created',
        targetType: 'org_unit',
        targetId: saved.id,
        capacity: 'admin',
        detail: { unit: toUnitView(saved) },
      });
      return toUnitView(saved);
    });
  }

  update(id: number, changes: UnitChanges): Promise<UnitView> {
    return this.transactions.run(async (em) => {
      const units = await this.lockTree(em);
      const current = units.find((u) => u.id === id) ?? (await this.repo.unit(em, id));
      const before = toUnitView(current);
      const next = em.create(OrgUnit, { ...current, ...defined(changes) });
      if (changes.parentId === null) next.parentId = null;
      if (changes.docSymbol === null) next.docSymbol = null;
      this.checkPlacement(units, next, current);
      await this.checkUnique(em, next);
      if (current.active && !next.active) await this.checkCanDeactivate(em, units, current);
      await em.update(
        OrgUnit,
        { id },
        {
          code: next.code,
          name: next.name,
          kind: next.kind,
          parentId: next.parentId,
          docSymbol: next.docSymbol,
          sortOrder: next.sortOrder,
          active: next.active,
        },
      );
      const after = toUnitView(next);
      const diff = changedFields(before, after);
      if (Object.keys(diff).length > 0) {
        await this.audit.record({
          action: 'org.unit.updated',
          targetType: 'org_unit',
          targetId: id,
          capacity: 'admin',
          detail: { changes: diff },
        });
      }
      return after;
    });
  }

  /** Deletes a unit that was never used; a unit with history is deactivated instead (PATCH active=false). */
  remove(id: number): Promise<void> {
    return this.transactions.run(async (em) => {
      const units = await this.lockTree(em);
      const unit = units.find((u) => u.id === id) ?? (await this.repo.unit(em, id));
      if (units.some((u) => u.parentId === id)) {
        throw new ConflictError(
          `「${unit.name}」には下位の組織があるため削除できません。先に下位の組織を移すか削除してください。`,
        );
      }
      if (await em.existsBy(Posting, { unitId: id })) {
        throw new ConflictError(
          `「${unit.name}」には配置の記録があるため削除できません。廃止する場合は無効にしてください。`,
        );
      }
      const deputies = await em
        .getRepository(DeputyDesignation)
        .createQueryBuilder('d')
        .where(new Brackets((b) => b.where('d.unitId = :id', { id }).orWhere('d.deputyUnitId = :id', { id })))
        .getCount();
      if (deputies > 0)
        throw new ConflictError(
          `「${unit.name}」の職が代決者の指定に使われているため削除できません。先に代決者の指定を削除してください。`,
        );
      await em.delete(OrgUnit, { id });
      await this.audit.record({
        action: 'org.unit.deleted',
        targetType: 'org_unit',
        targetId: id,
        capacity: 'admin',
        detail: { unit: toUnitView(unit) },
      });
    });
  }

  /** Every unit, row-locked on MySQL: changes to the tree are serialised, so two moves never make a cycle. */
  private lockTree(em: EntityManager): Promise<OrgUnit[]> {
    return em.find(OrgUnit, { order: { id: 'ASC' }, ...this.transactions.lock });
  }

  private checkPlacement(units: OrgUnit[], next: OrgUnit, current: OrgUnit | null): void {
    const parent = next.parentId === null ? null : units.find((u) => u.id === next.parentId);
    if (next.parentId !== null && !parent) throw invalid('parentId', '指定された上位組織が見つかりません');
    if (parent && !parent.active && next.active) throw invalid('parentId', '無効になっている組織の下には置けません');
    const kindProblem = parentKindProblem(next.kind, parent ? parent.kind : null);
    if (kindProblem) throw invalid(next.parentId === null ? 'parentId' : 'kind', kindProblem);
    if (next.kind === 'city' && units.some((u) => u.kind === 'city' && u.id !== current?.id)) {
      throw invalid('kind', '市（最上位の組織）は1つだけ登録できます');
    }
    if (next.kind === 'section' && !next.docSymbol) throw invalid('docSymbol', '課には文書記号を指定してください');
    if (current) {
      if (wouldCreateCycle(units, current.id, next.parentId)) {
        throw invalid('parentId', '自分自身または下位の組織を上位組織に指定することはできません（組織が循環します）');
      }
      for (const child of units.filter((u) => u.parentId === current.id)) {
        const problem = parentKindProblem(child.kind, next.kind);
        if (problem) throw invalid('kind', `下位の組織「${child.name}」と合わないため変更できません: ${problem}`);
      }
    }
  }

  private async checkUnique(em: EntityManager, unit: OrgUnit): Promise<void> {
    const others = unit.id ? { id: Not(unit.id) } : {};
    if (await em.existsBy(OrgUnit, { code: unit.code, ...others })) {
      throw new ConflictError(`組織コード「${unit.code}」は既に使われています。`);
    }
    if (unit.docSymbol && (await em.existsBy(OrgUnit, { docSymbol: unit.docSymbol, ...others }))) {
      throw new ConflictError(`文書記号「${unit.docSymbol}」は既に他の組織で使われています。`);
    }
  }

  private async checkCanDeactivate(em: EntityManager, units: OrgUnit[], unit: OrgUnit): Promise<void> {
    if (units.some((u) => u.parentId === unit.id && u.active)) {
      throw new ConflictError(`「${unit.name}」には有効な下位の組織があるため無効にできません。`);
    }
    const today = jstDateOf(this.clock.now());
    const running = await em
      .getRepository(Posting)
      .createQueryBuilder('p')
      .where('p.unitId = :id', { id: unit.id })
      .andWhere(new Brackets((b) => b.where('p.endDate IS NULL').orWhere('p.endDate >= :today', { today })))
      .getCount();
    if (running > 0) {
      throw new ConflictError(
        `「${unit.name}」には本日以降の配置があるため無効にできません。先に配置を終了してください。`,
      );
    }
  }
}
