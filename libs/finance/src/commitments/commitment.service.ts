import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail, type Principal } from '@ringi/auth';
import {
  AccessDeniedError,
  Clock,
  ConflictError,
  InvalidInputError,
  NotFoundError,
  Transactions,
  UnprocessableError,
} from '@ringi/platform';
import {
  BusinessLinks,
  InstanceService,
  WorkflowEvents,
  WorkflowInstance,
  type InstanceOutcome,
  type InstanceView,
} from '@ringi/workflow';
import { FinanceAccess } from '../access/finance-access';
import { FinanceAttachmentService, type FinanceAttachmentView } from '../attachments/finance-attachment.service';
import { BudgetLedger } from '../budget/budget-ledger';
import { BudgetLine } from '../budget/budget-line.entity';
import type { LineBalance } from '../domain/available-balance';
import { COMMITMENT_KINDS, type CommitmentKind } from '../domain/commitment-kinds';
import { formatYen } from '../domain/money';
import { defined } from '../defined';
import { FinanceWorkflow } from '../finance-workflow';
import { Payee } from '../payees/payee.entity';
import { OrderedAmounts } from '../payment-orders/ordered-amounts';
import { CommitmentCorrection } from './commitment-correction.entity';
import { Commitment, type CommitmentStatus } from './commitment.entity';

export const COMMITMENT_PROCESS = 'commitment-approval';

export interface CommitmentInput {
  budgetLineId: number;
  payeeId: number;
  kind: CommitmentKind;
  amount: number;
  description: string;
}

export interface CommitmentView extends Commitment {
  /** Ordered so far (payment orders that are not rejected or withdrawn). */
  ordered: number;
  /** What payment orders may still take. */
  remaining: number;
  corrections: CommitmentCorrection[];
  /** The line's live balance, shown wherever money is spent. */
  lineBalance: LineBalance;
}

/** A commitment as its screen shows it: with its route (open steps and history) and its attachments. */
export interface CommitmentDetail extends CommitmentView {
  route: InstanceView | null;
  attachments: FinanceAttachmentView[];
}

export const commitmentNotFound = (id: number) => new NotFoundError(`支出負担行為（ID ${id}）が見つかりません。`);
const notTheDrafter = () => new AccessDeniedError('この支出負担行為を変更・提出・取下げできるのは起案者だけです。');

/**
 * 支出負担行為: drafted, then submitted (the budget reserved and the workflow started in one transaction), decided
 * (consumed) or rejected / withdrawn (released) when the workflow ends.
 */
@Injectable()
export class CommitmentService implements OnModuleInit {
  constructor(
    private readonly transactions: Transactions,
    private readonly ledger: BudgetLedger,
    private readonly ordered: OrderedAmounts,
    private readonly workflow: FinanceWorkflow,
    private readonly instances: InstanceService,
    private readonly events: WorkflowEvents,
    private readonly links: BusinessLinks,
    private readonly access: FinanceAccess,
    private readonly attachments: FinanceAttachmentService,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.events.on('instance.ended', ({ instance, outcome }, em) => this.ended(em, instance, outcome), {
      processKeys: [COMMITMENT_PROCESS],
    });
    // A commitment's case carries its kind as business type, which is what the 専決 table is keyed by.
    for (const kind of COMMITMENT_KINDS) {
      this.links.register(kind, (key) => `/staff/finance/commitments/${key.replace(/^\D+/, '')}`, {
        processKeys: [COMMITMENT_PROCESS],
      });
    }
  }

  create(input: CommitmentInput, principal: Principal): Promise<CommitmentView> {
    return this.transactions.run(async (em) => {
      await this.checkReferences(em, input, principal);
      const commitment = em.create(Commitment, {
        ...input,
        description: input.description.trim(),
        status: 'draft',
        instanceId: null,
        drafterUserId: principal.userId,
        createdAt: this.clock.now(),
        submittedAt: null,
        decidedAt: null,
      });
      await em.insert(Commitment, commitment);
      return this.view(em, commitment);
    });
  }

  /** Changes a draft: nothing is reserved yet, so only the references and the drafter are checked. */
  update(id: number, changes: Partial<CommitmentInput>, principal: Principal): Promise<CommitmentView> {
    return this.transactions.run(async (em) => {
      const commitment = await this.lockOwn(em, id, principal);
      if (commitment.status !== 'draft') {
        throw new ConflictError(
          '提出した支出負担行為は変更できません（差戻しを受けるか、取り下げて起案し直してください）。',
        );
      }
      const next = { ...commitment, ...defined(changes) };
      next.description = next.description.trim();
      await this.checkReferences(em, next, principal);
      const { budgetLineId, payeeId, kind, amount, description } = next;
      await em.update(Commitment, { id }, { budgetLineId, payeeId, kind, amount, description });
      return this.view(em, next);
    });
  }

  /**
   * Reserves the amount on the locked budget line and starts the approval; when the line has less left, 422
   * with the balance. Of two commitments racing for the last yen, the second to lock the line is refused.
   */
  submit(id: number, principal: Principal): Promise<CommitmentView> {
    return this.transactions.run(async (em) => {
      const commitment = await this.lockOwn(em, id, principal);
      if (commitment.status !== 'draft') throw new ConflictError('この支出負担行為はすでに提出されています。');
      const line = await this.ledger.lockLine(em, commitment.budgetLineId);
      await this.ledger.ensureAvailable(em, line!, commitment.amount);
      commitment.status = 'submitted';
      commitment.submittedAt = this.clock.now();
      await em.update(Commitment, { id }, { status: 'submitted', submittedAt: commitment.submittedAt });
      commitment.instanceId = await this.workflow.submit(
        {
          definitionKey: COMMITMENT_PROCESS,
          businessKey: `commitment-${id}`,
          businessType: commitment.kind,
          amount: commitment.amount,
        },
        principal,
      );
      await em.update(Commitment, { id }, { instanceId: commitment.instanceId });
      await this.audit.record({
        action: 'finance.commitment.submitted',
        targetType: 'commitment',
        targetId: id,
        detail: { amount: commitment.amount, budgetLineId: line!.id, instanceId: commitment.instanceId },
      });
      return this.view(em, commitment);
    });
  }

  /**
   * 取下げ: a draft is dropped; a submitted one is withdrawn from the workflow, which releases its reservation.
   * The commitment is not locked here: the workflow locks its instance first and then, ending it, the
   * commitment, the same order as an approval, so a withdrawal and a decision at once cannot deadlock.
   */
  async withdraw(id: number, comment: string | null, principal: Principal): Promise<CommitmentView> {
    return this.transactions.run(async (em) => {
      const commitment = await em.findOneBy(Commitment, { id });
      if (!commitment) throw commitmentNotFound(id);
      if (commitment.drafterUserId !== principal.userId) throw notTheDrafter();
      const finished = new ConflictError('決裁済み・終了した支出負担行為は取り下げできません。');
      if (commitment.status === 'submitted') {
        await this.instances.withdraw(commitment.instanceId!, principal, comment);
      } else if (commitment.status === 'draft') {
        const result = await em.update(Commitment, { id, status: 'draft' }, { status: 'withdrawn' });
        if (!result.affected) throw finished;
      } else {
        throw finished;
      }
      return this.view(em, (await em.findOneBy(Commitment, { id }))!);
    });
  }

  /**
   * 更正: changes a decided commitment's amount. It may not go below what is already ordered, and an increase
   * must fit the line's available balance.
   */
  correct(id: number, newAmount: number, reason: string, principal: Principal): Promise<CommitmentView> {
    return this.transactions.run(async (em) => {
      const commitment = await em.findOne(Commitment, { where: { id }, ...this.transactions.lock });
      if (!commitment) throw commitmentNotFound(id);
      if (commitment.status !== 'decided') throw new ConflictError('更正できるのは決裁済みの支出負担行為だけです。');
      const line = await this.ledger.lockLine(em, commitment.budgetLineId);
      await this.workflow.ensureMaySpend(line!, principal);
      const ordered = await this.ordered.of(em, id);
      if (newAmount < ordered) {
        throw new UnprocessableError(`支出命令済みの額（${formatYen(ordered)}）より少ない額には更正できません。`);
      }
      if (newAmount > commitment.amount) await this.ledger.ensureAvailable(em, line!, newAmount - commitment.amount);
      await em.insert(CommitmentCorrection, {
        commitmentId: id,
        previousAmount: commitment.amount,
        newAmount,
        reason,
        correctedByUserId: principal.userId,
        createdAt: this.clock.now(),
      });
      await em.update(Commitment, { id }, { amount: newAmount });
      await this.audit.record({
        action: 'finance.commitment.corrected',
        targetType: 'commitment',
        targetId: id,
        detail: { previousAmount: commitment.amount, newAmount, reason },
      });
      return this.view(em, { ...commitment, amount: newAmount });
    });
  }

  /** For its section, its route, the 会計室 and the 財政課; to anyone else it does not exist (404). */
  get(id: number, principal: Principal): Promise<CommitmentDetail> {
    return this.transactions.run(async (em) => {
      const commitment = await em.findOneBy(Commitment, { id });
      if (!commitment) throw commitmentNotFound(id);
      const scope = await this.access.scopeOf(em, principal);
      if (!this.access.mayRead(scope, await this.access.commitmentCase(em, commitment))) throw commitmentNotFound(id);
      const instance = commitment.instanceId
        ? await em.findOneBy(WorkflowInstance, { id: commitment.instanceId })
        : null;
      return {
        ...(await this.view(em, commitment)),
        route: instance ? await this.instances.view(em, instance) : null,
        attachments: await this.attachments.listIn(em, 'commitment', id),
      };
    });
  }

  /** The newest commitments the caller may read (as `get` decides), filtered. */
  list(
    filter: { status?: CommitmentStatus; budgetLineId?: number; payeeId?: number; drafterUserId?: number },
    principal: Principal,
  ): Promise<Commitment[]> {
    return this.transactions.run(async (em) => {
      const qb = em.createQueryBuilder(Commitment, 'c').where(defined(filter));
      this.access.restrictCommitments(qb, 'c', await this.access.scopeOf(em, principal));
      return qb.orderBy('c.id', 'DESC').take(500).getMany();
    });
  }

  /** Runs in the workflow transaction: decided consumes the reservation, any other end releases it. */
  private async ended(em: EntityManager, instance: WorkflowInstance, outcome: InstanceOutcome): Promise<void> {
    const commitment = await em.findOne(Commitment, { where: { instanceId: instance.id }, ...this.transactions.lock });
    if (!commitment || commitment.status !== 'submitted') return;
    const status: CommitmentStatus =
      outcome === 'completed' ? 'decided' : outcome === 'rejected' ? 'rejected' : 'withdrawn';
    await em.update(
      Commitment,
      { id: commitment.id },
      { status, decidedAt: status === 'decided' ? this.clock.now() : null },
    );
  }

  /** The line and the payee exist, and the line belongs to the drafter's section. */
  private async checkReferences(
    em: EntityManager,
    input: Pick<CommitmentInput, 'budgetLineId' | 'payeeId'>,
    principal: Principal,
  ): Promise<void> {
    const line = await em.findOneBy(BudgetLine, { id: input.budgetLineId });
    const payee = await em.existsBy(Payee, { id: input.payeeId });
    const problems = [
      ...(line ? [] : [{ field: 'budgetLineId', messages: [`予算科目（ID ${input.budgetLineId}）が見つかりません`] }]),
      ...(payee ? [] : [{ field: 'payeeId', messages: [`債権者（ID ${input.payeeId}）が見つかりません`] }]),
    ];
    if (problems.length > 0) throw new InvalidInputError('入力内容に誤りがあります。', problems);
    await this.workflow.ensureMaySpend(line!, principal);
  }

  private async lockOwn(em: EntityManager, id: number, principal: Principal): Promise<Commitment> {
    const commitment = await em.findOne(Commitment, { where: { id }, ...this.transactions.lock });
    if (!commitment) throw commitmentNotFound(id);
    if (commitment.drafterUserId !== principal.userId) throw notTheDrafter();
    return commitment;
  }

  private async view(em: EntityManager, commitment: Commitment): Promise<CommitmentView> {
    const [ordered, corrections, lineBalance] = await Promise.all([
      this.ordered.of(em, commitment.id),
      em.find(CommitmentCorrection, { where: { commitmentId: commitment.id }, order: { id: 'ASC' } }),
      this.ledger.balance(em, commitment.budgetLineId),
    ]);
    const remaining = commitment.status === 'decided' ? commitment.amount - ordered : 0;
    return { ...commitment, ordered, remaining, corrections, lineBalance };
  }
}
