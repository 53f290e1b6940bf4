import { Injectable } from '@nestjs/common';
import { Brackets, type EntityManager, type SelectQueryBuilder, type WhereExpressionBuilder } from 'typeorm';
import type { Principal } from '@ringi/auth';
import { OrganisationService, jstDateOf } from '@ringi/hr';
import { Clock } from '@ringi/platform';
import { WorkflowTask } from '@ringi/workflow';
import { BudgetLine } from '../budget/budget-line.entity';
import type { Commitment } from '../commitments/commitment.entity';
import type { PaymentOrder } from '../payment-orders/payment-order.entity';

/** Who a reader is, for deciding which commitments and payment orders they see; `all` for the 会計室 and 財政課. */
export type ReadScope =
  | { all: true }
  | {
      all: false;
      userId: number;
      /** Units whose budget the reader's section holds: every post's unit and its ancestors. */
      sectionIds: number[];
      /** Instances whose route the reader is or was on. */
      instanceIds: number[];
    };

/** A case as the read rule sees it: the section owning the line, the route(s), the people who wrote it. */
export interface ReadableCase {
  unitId: number;
  instanceIds: Array<number | null>;
  userIds: number[];
}

/**
 * Who may read a commitment or a payment order: its section (anyone posted in the line's unit or below it), the
 * people on its route (assigned, acted, escalated to, or holding the post a step is for), its drafter, and the
 * 会計室 (finance.examine) and 財政課 (finance.budget) who see every case. To anyone else it does not exist (404).
 */
@Injectable()
export class FinanceAccess {
  constructor(
    private readonly organisation: OrganisationService,
    private readonly clock: Clock,
  ) {}

  async scopeOf(em: EntityManager, principal: Principal): Promise<ReadScope> {
    if (principal.permissions.has('finance.examine') || principal.permissions.has('finance.budget')) {
      return { all: true };
    }
    const posts = principal.staffId
      ? await this.organisation.postsOf(principal.staffId, jstDateOf(this.clock.now()))
      : [];
    const sectionIds = new Set<number>();
    for (const post of posts) {
      for (const unit of await this.organisation.unitAncestors(post.unitId)) sectionIds.add(unit.id);
    }
    const tasks = await em
      .createQueryBuilder(WorkflowTask, 't')
      .select('DISTINCT t.instanceId', 'instanceId')
      .where(
        new Brackets((qb) => {
          qb.where('t.assigneeUserId = :me', { me: principal.userId })
            .orWhere('t.completedByUserId = :me')
            .orWhere('t.escalatedToUserId = :me');
          posts.forEach((post, i) =>
            qb.orWhere(`(t.assigneeUnitId = :unit${i} AND t.assigneePositionCode = :position${i})`, {
              [`unit${i}`]: post.unitId,
              [`position${i}`]: post.positionCode,
            }),
          );
        }),
      )
      .getRawMany<{ instanceId: number | string }>();
    return {
      all: false,
      userId: principal.userId,
      sectionIds: [...sectionIds],
      instanceIds: tasks.map((t) => Number(t.instanceId)),
    };
  }

  async commitmentCase(em: EntityManager, commitment: Commitment): Promise<ReadableCase> {
    const line = await em.findOneByOrFail(BudgetLine, { id: commitment.budgetLineId });
    return { unitId: line.unitId, instanceIds: [commitment.instanceId], userIds: [commitment.drafterUserId] };
  }

  /** An order is read with its commitment: whoever may read the commitment may read its orders. */
  async orderCase(em: EntityManager, order: PaymentOrder, commitment: Commitment): Promise<ReadableCase> {
    const kase = await this.commitmentCase(em, commitment);
    return {
      unitId: kase.unitId,
      instanceIds: [...kase.instanceIds, order.instanceId],
      userIds: [...kase.userIds, order.createdByUserId],
    };
  }

  mayRead(scope: ReadScope, kase: ReadableCase): boolean {
    if (scope.all) return true;
    return (
      kase.userIds.includes(scope.userId) ||
      scope.sectionIds.includes(kase.unitId) ||
      kase.instanceIds.some((id) => id !== null && scope.instanceIds.includes(id))
    );
  }

  /** Keeps the commitments (alias `alias`) the scope may read, in SQL, so lists are filtered as detail is. */
  restrictCommitments<T extends object>(
    qb: SelectQueryBuilder<T>,
    alias: string,
    scope: ReadScope,
  ): SelectQueryBuilder<T> {
    if (scope.all) return qb;
    return qb.andWhere(new Brackets((b) => this.commitmentClauses(b, alias, scope)));
  }

  /** Payment orders the scope may read: its own, those on its route, and those of commitments it may read. */
  restrictPaymentOrders<T extends object>(
    qb: SelectQueryBuilder<T>,
    alias: string,
    scope: ReadScope,
  ): SelectQueryBuilder<T> {
    if (scope.all) return qb;
    return qb.andWhere(
      new Brackets((b) => {
        b.where(`${alias}.createdByUserId = :readerId`, { readerId: scope.userId });
        if (scope.instanceIds.length > 0) {
          b.orWhere(`${alias}.instanceId IN (:...readerInstanceIds)`, { readerInstanceIds: scope.instanceIds });
        }
        const commitments = qb
          .subQuery()
          .select('rc.id')
          .from('fin_commitment', 'rc')
          .where(new Brackets((c) => this.commitmentClauses(c, 'rc', scope)))
          .getQuery();
        b.orWhere(`${alias}.commitmentId IN ${commitments}`);
      }),
    );
  }

  private commitmentClauses(b: WhereExpressionBuilder, alias: string, scope: Exclude<ReadScope, { all: true }>): void {
    b.where(`${alias}.drafterUserId = :readerId`, { readerId: scope.userId });
    if (scope.sectionIds.length > 0) {
      b.orWhere(
        `${alias}.budgetLineId IN (SELECT rl.id FROM fin_budget_line rl WHERE rl.unitId IN (:...readerSectionIds))`,
        { readerSectionIds: scope.sectionIds },
      );
    }
    if (scope.instanceIds.length > 0) {
      b.orWhere(`${alias}.instanceId IN (:...readerInstanceIds)`, { readerInstanceIds: scope.instanceIds });
    }
  }
}
