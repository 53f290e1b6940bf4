import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { AuditTrail, type Principal } from '@ringi/auth';
import { OrgUnit } from '@ringi/hr';
import {
  Clock,
  ConflictError,
  InvalidInputError,
  NotFoundError,
  Transactions,
  UnprocessableError,
} from '@ringi/platform';
import { BusinessLinks, WorkflowEvents, type InstanceOutcome, type WorkflowInstance } from '@ringi/workflow';
import type { LineBalance } from '../domain/available-balance';
import { formatYen } from '../domain/money';
import { defined } from '../defined';
import { FinanceWorkflow } from '../finance-workflow';
import { BudgetChange } from './budget-change.entity';
import { BudgetLedger } from './budget-ledger';
import { BudgetLine } from './budget-line.entity';
import { BudgetTransfer } from './budget-transfer.entity';

export const BUDGET_TRANSFER_PROCESS = 'budget-transfer';
export const BUDGET_TRANSFER_TYPE = 'budget-transfer';

export interface BudgetLineInput {
  fiscalYear: number;
  unitId: number;
  code: string;
  kan: string;
  kou: string;
  moku: string;
  setsu: string;
  initialAmount: number;
}

export interface BudgetLineView {
  id: number;
  fiscalYear: number;
  unitId: number;
  unitName: string;
  code: string;
  kan: string;
  kou: string;
  moku: string;
  setsu: string;
  balance: LineBalance;
}

export interface BudgetLineDetail extends BudgetLineView {
  changes: Array<Pick<BudgetChange, 'id' | 'kind' | 'amount' | 'reason' | 'transferId' | 'createdAt'>>;
}

export const budgetLineNotFound = (id: number) => new NotFoundError(`予算科目（ID ${id}）が見つかりません。`);
const unknownLine = (field: string, id: number) =>
  new InvalidInputError('入力内容に誤りがあります。', [{ field, messages: [`予算科目（ID ${id}）が見つかりません`] }]);

/** Budget lines with their 当初予算 and 補正, and 流用 between lines through the workflow. */
@Injectable()
export class BudgetService implements OnModuleInit {
  constructor(
    private readonly transactions: Transactions,
    private readonly ledger: BudgetLedger,
    private readonly workflow: FinanceWorkflow,
    private readonly events: WorkflowEvents,
    private readonly links: BusinessLinks,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.events.on('instance.ended', ({ instance, outcome }, em) => this.transferEnded(em, instance, outcome), {
      processKeys: [BUDGET_TRANSFER_PROCESS],
    });
    this.links.register(BUDGET_TRANSFER_TYPE, (key) => `/staff/finance/budget-transfers/${key.replace(/^\D+/, '')}`);
  }

  createLine(input: BudgetLineInput, principal: Principal): Promise<BudgetLineDetail> {
    return this.transactions.run(async (em) => {
      if (!(await em.existsBy(OrgUnit, { id: input.unitId }))) {
        throw new InvalidInputError('入力内容に誤りがあります。', [
          { field: 'unitId', messages: [`組織（ID ${input.unitId}）が見つかりません`] },
        ]);
      }
      const { initialAmount, ...fields } = input;
      if (await em.existsBy(BudgetLine, { fiscalYear: fields.fiscalYear, unitId: fields.unitId, code: fields.code })) {
        throw new ConflictError(`${fields.fiscalYear}年度のこの課には予算科目 ${fields.code} がすでにあります。`);
      }
      const line = em.create(BudgetLine, { ...fields, createdAt: this.clock.now() });
      await em.insert(BudgetLine, line);
      await this.change(em, line.id, 'initial', initialAmount, '当初予算', principal.userId, null);
      await this.audit.record({
        action: 'finance.budgetLine.created',
        targetType: 'budget-line',
        targetId: line.id,
        detail: { ...fields, initialAmount },
      });
      return this.detailIn(em, line);
    });
  }

  /** 補正: a supplementary budget (negative for 減額補正, which may not take away what is already used). */
  supplement(lineId: number, amount: number, reason: string, principal: Principal): Promise<BudgetLineDetail> {
    return this.transactions.run(async (em) => {
      const line = await this.ledger.lockLine(em, lineId);
      if (!line) throw budgetLineNotFound(lineId);
      if (amount < 0) await this.ledger.ensureAvailable(em, line, -amount);
      await this.change(em, line.id, 'supplementary', amount, reason, principal.userId, null);
      await this.audit.record({
        action: 'finance.budgetLine.supplemented',
        targetType: 'budget-line',
        targetId: line.id,
        detail: { amount, reason },
      });
      return this.detailIn(em, line);
    });
  }

  list(filter: { fiscalYear?: number; unitId?: number }): Promise<BudgetLineView[]> {
    return this.transactions.run(async (em) => {
      const lines = await em.find(BudgetLine, {
        where: defined({ fiscalYear: filter.fiscalYear, unitId: filter.unitId }),
        order: { fiscalYear: 'DESC', unitId: 'ASC', code: 'ASC' },
      });
      return this.views(em, lines);
    });
  }

  detail(id: number): Promise<BudgetLineDetail> {
    return this.transactions.run(async (em) => {
      const line = await em.findOneBy(BudgetLine, { id });
      if (!line) throw budgetLineNotFound(id);
      return this.detailIn(em, line);
    });
  }

  /**
   * 流用: requests moving `amount` from one line to another of the same fiscal year. The amount is reserved on
   * the source line while the 課長 and the 財政課 decide.
   */
  requestTransfer(
    input: { fromLineId: number; toLineId: number; amount: number; reason: string },
    principal: Principal,
  ): Promise<BudgetTransfer> {
    return this.transactions.run(async (em) => {
      if (input.fromLineId === input.toLineId) {
        throw new InvalidInputError('入力内容に誤りがあります。', [
          { field: 'toLineId', messages: ['流用元と流用先に同じ予算科目は指定できません'] },
        ]);
      }
      const to = await em.findOneBy(BudgetLine, { id: input.toLineId });
      if (!to) throw unknownLine('toLineId', input.toLineId);
      const from = await this.ledger.lockLine(em, input.fromLineId);
      if (!from) throw unknownLine('fromLineId', input.fromLineId);
      if (from.fiscalYear !== to.fiscalYear) {
        throw new UnprocessableError('流用できるのは同じ年度の予算科目の間だけです。');
      }
      await this.workflow.ensureMaySpend(from, principal);
      await this.ledger.ensureAvailable(em, from, input.amount);
      const transfer = em.create(BudgetTransfer, {
        ...input,
        status: 'submitted',
        instanceId: null,
        requestedByUserId: principal.userId,
        createdAt: this.clock.now(),
        decidedAt: null,
      });
      await em.insert(BudgetTransfer, transfer);
      transfer.instanceId = await this.workflow.submit(
        {
          definitionKey: BUDGET_TRANSFER_PROCESS,
          businessKey: `budget-transfer-${transfer.id}`,
          businessType: BUDGET_TRANSFER_TYPE,
          amount: input.amount,
        },
        principal,
      );
      await em.update(BudgetTransfer, { id: transfer.id }, { instanceId: transfer.instanceId });
      await this.audit.record({
        action: 'finance.budgetTransfer.submitted',
        targetType: 'budget-transfer',
        targetId: transfer.id,
        detail: { ...input, instanceId: transfer.instanceId, amountText: formatYen(input.amount) },
      });
      return transfer;
    });
  }

  transfer(id: number): Promise<BudgetTransfer> {
    return this.transactions.run(async (em) => {
      const transfer = await em.findOneBy(BudgetTransfer, { id });
      if (!transfer) throw new NotFoundError(`流用（ID ${id}）が見つかりません。`);
      return transfer;
    });
  }

  /** Decided: the budget moves; otherwise the reservation is released. Runs in the workflow transaction. */
  private async transferEnded(em: EntityManager, instance: WorkflowInstance, outcome: InstanceOutcome): Promise<void> {
    const transfer = await em.findOne(BudgetTransfer, {
      where: { instanceId: instance.id },
      ...this.transactions.lock,
    });
    if (!transfer || transfer.status !== 'submitted') return;
    const now = this.clock.now();
    if (outcome === 'completed') {
      await this.ledger.lockLine(em, transfer.fromLineId);
      const reason = `流用（${transfer.reason}）`;
      await this.change(em, transfer.fromLineId, 'transfer-out', -transfer.amount, reason, null, transfer.id);
      await this.change(em, transfer.toLineId, 'transfer-in', transfer.amount, reason, null, transfer.id);
      await em.update(BudgetTransfer, { id: transfer.id }, { status: 'decided', decidedAt: now });
    } else {
      await em.update(
        BudgetTransfer,
        { id: transfer.id },
        { status: outcome === 'rejected' ? 'rejected' : 'withdrawn', decidedAt: now },
      );
    }
  }

  private async change(
    em: EntityManager,
    budgetLineId: number,
    kind: BudgetChange['kind'],
    amount: number,
    reason: string,
    userId: number | null,
    transferId: number | null,
  ): Promise<void> {
    await em.insert(BudgetChange, {
      budgetLineId,
      kind,
      amount,
      reason,
      transferId,
      createdByUserId: userId,
      createdAt: this.clock.now(),
    });
  }

  private async views(em: EntityManager, lines: BudgetLine[]): Promise<BudgetLineView[]> {
    const balances = await this.ledger.balances(
      em,
      lines.map((l) => l.id),
    );
    const unitIds = [...new Set(lines.map((l) => l.unitId))];
    const units = unitIds.length ? await em.find(OrgUnit, { where: { id: In(unitIds) } }) : [];
    const unitName = new Map(units.map((u) => [u.id, u.name]));
    return lines.map((l) => ({
      id: l.id,
      fiscalYear: l.fiscalYear,
      unitId: l.unitId,
      unitName: unitName.get(l.unitId) ?? '',
      code: l.code,
      kan: l.kan,
      kou: l.kou,
      moku: l.moku,
      setsu: l.setsu,
      balance: balances.get(l.id)!,
    }));
  }

  private async detailIn(em: EntityManager, line: BudgetLine): Promise<BudgetLineDetail> {
    const [view] = await this.views(em, [line]);
    const changes = await em.find(BudgetChange, { where: { budgetLineId: line.id }, order: { id: 'ASC' } });
    return {
      ...view,
      changes: changes.map((c) => ({
        id: c.id,
        kind: c.kind,
        amount: c.amount,
        reason: c.reason,
        transferId: c.transferId,
        createdAt: c.createdAt,
      })),
    };
  }
}
