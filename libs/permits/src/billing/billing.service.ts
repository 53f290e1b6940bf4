import { Injectable, type OnModuleInit } from '@nestjs/common';
import { MoreThan, type EntityManager } from 'typeorm';
import { AuditTrail, type Principal } from '@ringi/auth';
import {
  AuthenticationError,
  Clock,
  ConflictError,
  InvalidInputError,
  NotFoundError,
  Transactions,
  UnprocessableError,
} from '@ringi/platform';
import { jstDateOf } from '@ringi/hr';
import { TimerService } from '@ringi/workflow';
import { PermitApplication } from '../applications/permit-application.entity';
import { PermitTimeline } from '../applications/permit-timeline';
import type { FeeQuote } from '../fees/occupancy-fee';
import { billsFor } from './bills';
import { PaymentProvider } from './payment-provider';
import { PermitBill } from './permit-bill.entity';
import { PermitPayment } from './permit-payment.entity';
import { isUniqueViolation } from '../unique-violation';

export const BILL_OVERDUE_TIMER = 'permits.bill-overdue';
/** Payments by 納付書 are recorded under this provider name, keyed by the receipt number. */
export const SLIP_PROVIDER = 'slip';

export interface BillView {
  id: number;
  /** 納付番号 printed on the 納付書. */
  billNumber: string;
  fiscalYear: number;
  amountYen: number;
  dueDate: string;
  status: PermitBill['status'];
  paidAt: Date | null;
}

export interface Checkout {
  checkoutRef: string;
  amountYen: number;
  /** Where the applicant pays; for the demo provider a ringi route that plays the provider's part. */
  payUrl: string;
}

const billNotFound = (id: number) => new NotFoundError(`請求（ID ${id}）が見つかりません。`);
const billCancelled = () => new ConflictError('この請求は許可の廃止・引継ぎにより取り消されています。');

/** 占用料 bills per fiscal year, checkouts with the payment provider, and payments recorded exactly once. */
@Injectable()
export class BillingService implements OnModuleInit {
  constructor(
    private readonly transactions: Transactions,
    private readonly provider: PaymentProvider,
    private readonly timeline: PermitTimeline,
    private readonly timers: TimerService,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // 督促: a bill still unpaid the day after its 納期限.
    this.timers.registerHandler(BILL_OVERDUE_TIMER, async (_timer, payload, em) => {
      const bill = await em.findOneBy(PermitBill, { id: Number(payload.billId) });
      if (!bill || bill.status !== 'unpaid') return;
      await this.timeline.add(
        em,
        bill.applicationId,
        'overdue',
        `${bill.fiscalYear}年度の占用料 ${bill.amountYen.toLocaleString('ja-JP')}円が納期限（${bill.dueDate}）を過ぎています。お支払いください。`,
        null,
      );
    });
  }

  /** Bills for a new permit, in the permit's transaction, each with its overdue reminder. */
  async createBills(em: EntityManager, applicationId: number, quote: FeeQuote, permittedOn: string): Promise<void> {
    for (const planned of billsFor(quote, permittedOn)) {
      const bill = em.create(PermitBill, {
        applicationId,
        ...planned,
        status: 'unpaid',
        paidAt: null,
        checkoutRef: null,
      });
      await em.insert(PermitBill, bill);
      await this.timers.schedule(em, {
        kind: BILL_OVERDUE_TIMER,
        dueAt: new Date(`${planned.dueDate}T09:00:00+09:00`),
        payload: { billId: bill.id },
      });
    }
    await this.timeline.add(em, applicationId, 'billed', `占用料 ${quote.totalYen.toLocaleString('ja-JP')}円`, null);
  }

  /**
   * A permit ended early (廃止, superseded) owes nothing for the fiscal years after the one it ended in: their
   * unpaid bills are cancelled, and their overdue reminders then pass them by. The year it ended in stays due.
   */
  async cancelBillsAfter(em: EntityManager, applicationId: number, fiscalYear: number): Promise<void> {
    const later = await em.find(PermitBill, {
      where: { applicationId, status: 'unpaid', fiscalYear: MoreThan(fiscalYear) },
      order: { fiscalYear: 'ASC' },
    });
    if (later.length === 0) return;
    await em.update(
      PermitBill,
      later.map((b) => b.id),
      { status: 'cancelled' },
    );
    await this.timeline.add(
      em,
      applicationId,
      'billCancelled',
      `許可が効力を失ったため、${later.map((b) => `${b.fiscalYear}年度`).join('・')}の占用料の請求を取り消しました。`,
      null,
    );
  }

  billsOf(em: EntityManager, applicationId: number): Promise<BillView[]> {
    return em
      .find(PermitBill, { where: { applicationId }, order: { fiscalYear: 'ASC' } })
      .then((rows) => rows.map(toView));
  }

  /** Starts paying one of the applicant's own unpaid bills. */
  checkout(billId: number, principal: Principal): Promise<Checkout> {
    return this.transactions.run(async (em) => {
      const bill = await em.findOne(PermitBill, { where: { id: billId }, ...this.transactions.lock });
      const application = bill ? await em.findOneBy(PermitApplication, { id: bill.applicationId }) : null;
      if (!bill || application?.applicantUserId !== principal.userId) throw billNotFound(billId);
      if (bill.status === 'paid') throw new ConflictError('この請求はお支払い済みです。');
      if (bill.status === 'cancelled') throw billCancelled();
      const checkoutRef = this.provider.newCheckoutRef();
      await em.update(PermitBill, { id: bill.id }, { checkoutRef });
      return {
        checkoutRef,
        amountYen: bill.amountYen,
        payUrl: `/api/payments/${this.provider.name}/checkouts/${checkoutRef}/pay`,
      };
    });
  }

  /**
   * A 納付書 paid at a bank, recorded by a clerk from the receipt (領収済通知書): once per receipt number, so
   * recording the same receipt again changes nothing; another payment of a paid bill is refused.
   */
  async recordSlipPayment(billId: number, receiptNumber: string, paidOn: string) {
    if (paidOn > jstDateOf(this.clock.now())) {
      throw new InvalidInputError('納付日が未来の日付です。', [
        { field: 'paidOn', messages: ['納付日は今日以前の日付にしてください'] },
      ]);
    }
    try {
      return await this.transactions.run(async (em) => {
        const bill = await em.findOne(PermitBill, { where: { id: billId }, ...this.transactions.lock });
        if (!bill) throw billNotFound(billId);
        const known = await em.findOneBy(PermitPayment, { provider: SLIP_PROVIDER, paymentRef: receiptNumber });
        if (known?.billId === bill.id) return { received: 'duplicate' as const };
        if (known) throw new ConflictError(`領収番号「${receiptNumber}」は別の請求の納付に使われています。`);
        if (bill.status === 'paid') throw new ConflictError('この請求はすでに納付済みです。');
        if (bill.status === 'cancelled') throw billCancelled();
        await this.recordPayment(em, bill, SLIP_PROVIDER, receiptNumber, `（${paidOn} 納付書により）`);
        await this.audit.record({
          action: 'permits.payment.slip-recorded',
          targetType: 'permit-bill',
          targetId: bill.id,
          capacity: 'self',
          detail: { receiptNumber, paidOn, amountYen: bill.amountYen },
        });
        return { received: 'recorded' as const };
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError(`領収番号「${receiptNumber}」はすでに記録されています。`);
      }
      throw error;
    }
  }

  /** The demo provider completes a checkout: it signs the webhook body and hands it to the same receiver. */
  async payWithDemoProvider(checkoutRef: string): Promise<{ received: 'recorded' | 'duplicate' }> {
    const bill = await this.transactions.run((em) => em.findOneBy(PermitBill, { checkoutRef }));
    if (!bill) throw new NotFoundError('この支払い手続きは見つかりません。');
    const body = Buffer.from(
      JSON.stringify({ checkoutRef, paymentRef: this.provider.newPaymentRef(), amountYen: bill.amountYen }),
    );
    return this.receive(body, this.provider.sign(body));
  }

  /**
   * A provider webhook: believed only with a valid signature; recorded once per payment reference, so a
   * webhook delivered twice changes nothing the second time.
   */
  async receive(rawBody: Buffer | undefined, signature: string | undefined) {
    const event = this.provider.verify(rawBody, signature);
    if (!event) throw new AuthenticationError('署名を確認できない通知です。');
    try {
      return await this.transactions.run(async (em) => {
        const bill = await em.findOne(PermitBill, {
          where: { checkoutRef: event.checkoutRef },
          ...this.transactions.lock,
        });
        if (!bill) throw new NotFoundError('通知の支払い手続きに当たる請求がありません。');
        const known = await em.findOneBy(PermitPayment, { provider: this.provider.name, paymentRef: event.paymentRef });
        if (known) return { received: 'duplicate' as const };
        if (bill.status === 'paid') throw new ConflictError('この請求はすでに別の支払いで納付済みです。');
        if (bill.status === 'cancelled') throw billCancelled();
        if (event.amountYen !== bill.amountYen) {
          throw new UnprocessableError(`支払額 ${event.amountYen}円が請求額 ${bill.amountYen}円と一致しません。`);
        }
        await this.recordPayment(em, bill, this.provider.name, event.paymentRef, '');
        await this.audit.record({
          action: 'permits.payment.received',
          targetType: 'permit-bill',
          targetId: bill.id,
          actor: { userId: null, name: `payment:${this.provider.name}` },
          detail: { paymentRef: event.paymentRef, amountYen: event.amountYen },
        });
        return { received: 'recorded' as const };
      });
    } catch (error) {
      // Two deliveries racing: the unique payment reference lets one in; the other is the duplicate.
      if (isUniqueViolation(error)) {
        return { received: 'duplicate' as const };
      }
      throw error;
    }
  }

  private async recordPayment(
    em: EntityManager,
    bill: PermitBill,
    provider: string,
    paymentRef: string,
    how: string,
  ): Promise<void> {
    const now = this.clock.now();
    await em.insert(PermitPayment, {
      billId: bill.id,
      provider,
      paymentRef,
      amountYen: bill.amountYen,
      receivedAt: now,
    });
    await em.update(PermitBill, { id: bill.id }, { status: 'paid', paidAt: now });
    await this.timeline.add(
      em,
      bill.applicationId,
      'paid',
      `${bill.fiscalYear}年度の占用料 ${bill.amountYen.toLocaleString('ja-JP')}円を受領しました。${how}`,
      null,
    );
  }
}

/** 納付番号: the fiscal year and the bill's id, e.g. 2026-000042. */
export function billNumberOf(bill: PermitBill): string {
  return `${bill.fiscalYear}-${String(bill.id).padStart(6, '0')}`;
}

function toView(bill: PermitBill): BillView {
  return {
    id: bill.id,
    billNumber: billNumberOf(bill),
    fiscalYear: bill.fiscalYear,
    amountYen: bill.amountYen,
    dueDate: bill.dueDate,
    status: bill.status,
    paidAt: bill.paidAt,
  };
}
