import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { AuditTrail, type Principal } from '@ringi/auth';
import { jstDateOf } from '@ringi/hr';
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
  type WorkflowTask,
} from '@ringi/workflow';
import { FinanceAccess } from '../access/finance-access';
import { FinanceAttachmentService, type FinanceAttachmentView } from '../attachments/finance-attachment.service';
import { BudgetLine } from '../budget/budget-line.entity';
import { Commitment } from '../commitments/commitment.entity';
import { formatYen } from '../domain/money';
import { paymentDeadline, type PaymentDeadline } from '../domain/payment-deadline';
import { defined } from '../defined';
import { FinanceWorkflow } from '../finance-workflow';
import { Payee } from '../payees/payee.entity';
import { OrderedAmounts } from './ordered-amounts';
import { PaymentOrder, type PaymentOrderKind, type PaymentOrderStatus } from './payment-order.entity';

export const PAYMENT_ORDER_PROCESS = 'payment-order';
export const PAYMENT_ORDER_TYPE = 'payment-order';
/** The drafter's own step of the payment-order route; 差戻し returns the order there. */
const DRAFT_STEP = 'draft';

export interface PaymentOrderInput {
  commitmentId: number;
  kind: Exclude<PaymentOrderKind, 'settlement'>;
  amount: number;
  invoiceDate: string;
  dueDate: string;
}

export interface PaymentOrderView extends PaymentOrder {
  /** 支払遅延防止法: the last lawful payment date and what is at risk. */
  paymentDeadline: PaymentDeadline;
  /** What the 会計室 examines the order against. */
  commitment: Pick<Commitment, 'id' | 'kind' | 'amount' | 'description' | 'budgetLineId'>;
  payee: Pick<
    Payee,
    | 'id'
    | 'name'
    | 'bankCode'
    | 'bankNameKana'
    | 'branchCode'
    | 'branchNameKana'
    | 'accountType'
    | 'accountNumber'
    | 'holderKana'
  >;
}

/** An order as its screen shows it: with its route (the 会計室 step included) and its attachments. */
export interface PaymentOrderDetail extends PaymentOrderView {
  route: InstanceView | null;
  attachments: FinanceAttachmentView[];
}

function ensureDueAfterInvoice(order: { invoiceDate: string; dueDate: string }): void {
  if (order.dueDate < order.invoiceDate) {
    throw new InvalidInputError('入力内容に誤りがあります。', [
      { field: 'dueDate', messages: ['支払予定日は請求書の受付日以降にしてください'] },
    ]);
  }
}

export const paymentOrderNotFound = (id: number) => new NotFoundError(`支出命令（ID ${id}）が見つかりません。`);

/**
 * 支出命令 against decided commitments: ordered by the section, examined by the 会計室 as its own workflow step
 * (approve, or send back with reasons), then paid in a transfer run. 概算払 is settled later (精算).
 */
@Injectable()
export class PaymentOrderService implements OnModuleInit {
  constructor(
    private readonly transactions: Transactions,
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
    const only = { processKeys: [PAYMENT_ORDER_PROCESS] };
    this.events.on(
      'task.completed',
      ({ instance, task, outcome }, em) => this.stepDone(em, instance, task, outcome),
      only,
    );
    this.events.on('instance.ended', ({ instance, outcome }, em) => this.ended(em, instance, outcome), only);
    this.links.register(PAYMENT_ORDER_TYPE, (key) => `/staff/finance/payment-orders/${key.replace(/^\D+/, '')}`);
  }

  create(input: PaymentOrderInput, principal: Principal): Promise<PaymentOrderView> {
    ensureDueAfterInvoice(input);
    return this.transactions.run(async (em) => {
      const commitment = await this.lockDecided(em, input.commitmentId, 'commitmentId');
      await this.ensureMaySpend(em, commitment, principal);
      await this.ensureWithinCommitment(em, commitment, input.amount);
      return this.open(em, { ...input, advanceOrderId: null }, commitment, principal);
    });
  }

  /**
   * Corrects an order the 会計室 sent back (amount, invoice date, due date); the drafter then passes it on again
   * from the inbox. The amount still fits the commitment, counted without the order's own old amount.
   */
  update(
    id: number,
    changes: Partial<Pick<PaymentOrder, 'amount' | 'invoiceDate' | 'dueDate'>>,
    principal: Principal,
  ): Promise<PaymentOrderView> {
    return this.transactions.run(async (em) => {
      const order = await em.findOneBy(PaymentOrder, { id });
      if (!order) throw paymentOrderNotFound(id);
      if (order.createdByUserId !== principal.userId) {
        throw new AccessDeniedError('支出命令を修正できるのは起票者だけです。');
      }
      const notSentBack = new ConflictError('修正できるのは会計室から差し戻された支出命令だけです。');
      if (order.status !== 'sentBack') throw notSentBack;
      const next = { ...order, ...defined(changes) };
      ensureDueAfterInvoice(next);
      const commitment = (await em.findOne(Commitment, {
        where: { id: order.commitmentId },
        ...this.transactions.lock,
      }))!;
      if (next.amount > order.amount) await this.ensureWithinCommitment(em, commitment, next.amount - order.amount);
      const { amount, invoiceDate, dueDate } = next;
      const result = await em.update(PaymentOrder, { id, status: 'sentBack' }, { amount, invoiceDate, dueDate });
      // Checked again in the write: the drafter may have passed the order on meanwhile.
      if (!result.affected) throw notSentBack;
      await this.audit.record({
        action: 'finance.paymentOrder.corrected',
        targetType: 'payment-order',
        targetId: id,
        detail: {
          before: { amount: order.amount, invoiceDate: order.invoiceDate, dueDate: order.dueDate },
          after: { amount, invoiceDate, dueDate },
        },
      });
      return this.viewOf(em, next);
    });
  }

  /**
   * 精算 of a paid 概算払: records what it actually cost. More than advanced: a settlement order for the rest
   * is routed like any order. Less: the difference is to come back (戻入) and the commitment counts the actual.
   */
  settle(
    id: number,
    input: { actualAmount: number; invoiceDate: string; dueDate: string },
    principal: Principal,
  ): Promise<PaymentOrderView> {
    return this.transactions.run(async (em) => {
      const advance = await em.findOne(PaymentOrder, { where: { id }, ...this.transactions.lock });
      if (!advance) throw paymentOrderNotFound(id);
      if (advance.kind !== 'advance') throw new UnprocessableError('精算できるのは概算払の支出命令だけです。');
      if (advance.status !== 'paid') throw new ConflictError('概算払が支払済みになってから精算してください。');
      if (advance.settledAmount !== null) throw new ConflictError('この概算払はすでに精算されています。');
      const commitment = (await em.findOne(Commitment, {
        where: { id: advance.commitmentId },
        ...this.transactions.lock,
      }))!;
      await this.ensureMaySpend(em, commitment, principal);
      const extra = input.actualAmount - advance.amount;
      if (extra > 0) await this.ensureWithinCommitment(em, commitment, extra);
      await em.update(PaymentOrder, { id }, { settledAmount: input.actualAmount });
      await this.audit.record({
        action: 'finance.paymentOrder.settled',
        targetType: 'payment-order',
        targetId: id,
        detail: { advance: advance.amount, actualAmount: input.actualAmount, difference: extra },
      });
      if (extra <= 0) return this.viewOf(em, { ...advance, settledAmount: input.actualAmount });
      return this.open(
        em,
        {
          commitmentId: commitment.id,
          kind: 'settlement',
          amount: extra,
          invoiceDate: input.invoiceDate,
          dueDate: input.dueDate,
          advanceOrderId: advance.id,
        },
        commitment,
        principal,
      );
    });
  }

  /**
   * 取下げ by the drafter while the order is in the workflow. Not locked here: the workflow locks its instance,
   * then the order as the case ends, in the same order as an examination does.
   */
  withdraw(id: number, comment: string | null, principal: Principal): Promise<PaymentOrderView> {
    return this.transactions.run(async (em) => {
      const order = await em.findOneBy(PaymentOrder, { id });
      if (!order) throw paymentOrderNotFound(id);
      if (order.createdByUserId !== principal.userId) {
        throw new AccessDeniedError('支出命令を取り下げできるのは起票者だけです。');
      }
      if (order.status !== 'examining' && order.status !== 'sentBack') {
        throw new ConflictError('審査が終わった支出命令は取り下げできません。');
      }
      await this.instances.withdraw(order.instanceId!, principal, comment);
      return this.viewOf(em, (await em.findOneBy(PaymentOrder, { id }))!);
    });
  }

  /** For whoever may read its commitment, its own route, the 会計室 and the 財政課; otherwise 404. */
  get(id: number, principal: Principal): Promise<PaymentOrderDetail> {
    return this.transactions.run(async (em) => {
      const order = await em.findOneBy(PaymentOrder, { id });
      if (!order) throw paymentOrderNotFound(id);
      const commitment = await em.findOneByOrFail(Commitment, { id: order.commitmentId });
      const scope = await this.access.scopeOf(em, principal);
      if (!this.access.mayRead(scope, await this.access.orderCase(em, order, commitment))) {
        throw paymentOrderNotFound(id);
      }
      const instance = order.instanceId ? await em.findOneBy(WorkflowInstance, { id: order.instanceId }) : null;
      return {
        ...(await this.viewOf(em, order)),
        route: instance ? await this.instances.view(em, instance) : null,
        attachments: await this.attachments.listIn(em, 'payment-order', id),
      };
    });
  }

  /** The newest orders; `deadlineWarning` keeps those with a payment-deadline warning (支払遅延防止法). */
  list(
    filter: { status?: PaymentOrderStatus; commitmentId?: number; deadlineWarning?: boolean },
    principal: Principal,
  ): Promise<PaymentOrderView[]> {
    const { deadlineWarning, ...where } = filter;
    return this.transactions.run(async (em) => {
      const qb = em.createQueryBuilder(PaymentOrder, 'o').where(defined(where));
      this.access.restrictPaymentOrders(qb, 'o', await this.access.scopeOf(em, principal));
      const orders = await qb.orderBy('o.id', 'DESC').take(500).getMany();
      const views = await this.views(em, orders);
      return deadlineWarning ? views.filter((v) => v.paymentDeadline.warnings.length > 0) : views;
    });
  }

  private async open(
    em: EntityManager,
    input: Omit<PaymentOrderInput, 'kind'> & { kind: PaymentOrderKind; advanceOrderId: number | null },
    commitment: Commitment,
    principal: Principal,
  ): Promise<PaymentOrderView> {
    const order = em.create(PaymentOrder, {
      ...input,
      status: 'examining',
      instanceId: null,
      settledAmount: null,
      sentBackReason: null,
      transferBatchId: null,
      createdByUserId: principal.userId,
      createdAt: this.clock.now(),
      paidAt: null,
    });
    await em.insert(PaymentOrder, order);
    order.instanceId = await this.workflow.submit(
      {
        definitionKey: PAYMENT_ORDER_PROCESS,
        businessKey: `payment-order-${order.id}`,
        businessType: PAYMENT_ORDER_TYPE,
        amount: order.amount,
      },
      principal,
    );
    await em.update(PaymentOrder, { id: order.id }, { instanceId: order.instanceId });
    await this.audit.record({
      action: 'finance.paymentOrder.submitted',
      targetType: 'payment-order',
      targetId: order.id,
      detail: { commitmentId: commitment.id, kind: order.kind, amount: order.amount, instanceId: order.instanceId },
    });
    return this.viewOf(em, order);
  }

  private async lockDecided(em: EntityManager, id: number, field: string): Promise<Commitment> {
    const commitment = await em.findOne(Commitment, { where: { id }, ...this.transactions.lock });
    if (!commitment) {
      throw new InvalidInputError('入力内容に誤りがあります。', [
        { field, messages: [`支出負担行為（ID ${id}）が見つかりません`] },
      ]);
    }
    if (commitment.status !== 'decided') {
      throw new UnprocessableError('支出命令を起票できるのは決裁済みの支出負担行為だけです。');
    }
    return commitment;
  }

  private async ensureMaySpend(em: EntityManager, commitment: Commitment, principal: Principal): Promise<void> {
    const line = await em.findOneBy(BudgetLine, { id: commitment.budgetLineId });
    await this.workflow.ensureMaySpend(line!, principal);
  }

  /** Partial payments add up to the commitment at most; the commitment row is locked by the caller. */
  private async ensureWithinCommitment(em: EntityManager, commitment: Commitment, amount: number): Promise<void> {
    const left = commitment.amount - (await this.ordered.of(em, commitment.id));
    if (amount > left) {
      throw new UnprocessableError(
        `支出負担行為の残額を超えています（残額 ${formatYen(left)}、支出命令額 ${formatYen(amount)}）。`,
      );
    }
  }

  /** 会計室 sent the order back (with its reasons), or the drafter passed it on again. */
  private async stepDone(em: EntityManager, instance: WorkflowInstance, task: WorkflowTask, outcome: string) {
    if (outcome === 'sentBack') {
      await em.update(
        PaymentOrder,
        { instanceId: instance.id },
        { status: 'sentBack', sentBackReason: task.comment?.slice(0, 400) ?? null },
      );
    } else if (task.elementId === DRAFT_STEP && outcome === 'approved') {
      await em.update(PaymentOrder, { instanceId: instance.id, status: 'sentBack' }, { status: 'examining' });
    }
  }

  private async ended(em: EntityManager, instance: WorkflowInstance, outcome: InstanceOutcome): Promise<void> {
    const status: PaymentOrderStatus =
      outcome === 'completed' ? 'approved' : outcome === 'rejected' ? 'rejected' : 'withdrawn';
    await em.update(PaymentOrder, { instanceId: instance.id }, { status });
  }

  /** The statutory deadline depends on the commitment's kind (工事 40 days, others 30). */
  private async viewOf(em: EntityManager, order: PaymentOrder): Promise<PaymentOrderView> {
    return (await this.views(em, [order]))[0];
  }

  private async views(em: EntityManager, orders: PaymentOrder[]): Promise<PaymentOrderView[]> {
    const ids = [...new Set(orders.map((o) => o.commitmentId))];
    const commitments = ids.length ? await em.find(Commitment, { where: { id: In(ids) } }) : [];
    const payeeIds = [...new Set(commitments.map((c) => c.payeeId))];
    const payees = payeeIds.length ? await em.find(Payee, { where: { id: In(payeeIds) } }) : [];
    const commitmentById = new Map(commitments.map((c) => [c.id, c]));
    const payeeById = new Map(payees.map((p) => [p.id, p]));
    return orders.map((o) => {
      const commitment = commitmentById.get(o.commitmentId)!;
      return this.view(o, commitment, payeeById.get(commitment.payeeId)!);
    });
  }

  private view(order: PaymentOrder, commitment: Commitment, payee: Payee): PaymentOrderView {
    const deadline = paymentDeadline({
      kind: commitment.kind,
      invoiceDate: order.invoiceDate,
      dueDate: order.dueDate,
      today: jstDateOf(this.clock.now()),
    });
    // Once paid or ended, the deadline is history: only a due date set past it is still worth showing.
    const open = order.status === 'examining' || order.status === 'sentBack' || order.status === 'approved';
    const warnings = open ? deadline.warnings : deadline.warnings.filter((w) => w === 'dueAfterDeadline');
    const { id, kind, amount, description, budgetLineId } = commitment;
    const { createdAt: _registered, address: _address, ...account } = payee;
    return {
      ...order,
      paymentDeadline: { ...deadline, warnings },
      commitment: { id, kind, amount, description, budgetLineId },
      payee: account,
    };
  }
}
