import { Injectable } from '@nestjs/common';
import { In, IsNull, type EntityManager } from 'typeorm';
import { AuditTrail, type Principal } from '@ringi/auth';
import { Clock, NotFoundError, Transactions, UnprocessableError } from '@ringi/platform';
import {
  zenginTransferFile,
  ZenginFieldError,
  type Transfer,
  type TransferRequester,
} from '../domain/zengin-transfer-file';
import { PaymentOrder } from '../payment-orders/payment-order.entity';
import { Commitment } from '../commitments/commitment.entity';
import { Payee } from '../payees/payee.entity';
import { DesignatedBankService } from '../settings/designated-bank.service';
import { TransferBatch } from './transfer-batch.entity';

/** 顧客コード1 of a transfer: the order number, so the bank's result can be matched back to the order. */
const customerCode = (orderId: number) => `PO${String(orderId).padStart(8, '0')}`;

/**
 * The 会計室's transfer run: every examined (approved) order is paid on the transfer date, as one Zengin
 * 総合振込 file for the designated bank.
 */
@Injectable()
export class TransferRunService {
  constructor(
    private readonly transactions: Transactions,
    private readonly designatedBank: DesignatedBankService,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  /** Takes the approved orders (locked, so two runs never pay one order twice) and marks them paid. */
  run(transferDate: string, principal: Principal): Promise<TransferBatch> {
    return this.transactions.run(async (em) => {
      const orders = await em.find(PaymentOrder, {
        where: { status: 'approved', transferBatchId: IsNull() },
        order: { id: 'ASC' },
        ...this.transactions.lock,
      });
      if (orders.length === 0) throw new UnprocessableError('振込できる支出命令（審査済み）がありません。');
      const transfers = await this.transfersOf(em, orders);
      const requester = await this.designatedBank.requester(em);
      try {
        zenginTransferFile(requester, transferDate, transfers);
      } catch (error) {
        if (error instanceof ZenginFieldError)
          throw new UnprocessableError(`振込データを作成できません: ${error.message}`);
        throw error;
      }
      const now = this.clock.now();
      const batch = em.create(TransferBatch, {
        transferDate,
        count: orders.length,
        total: transfers.reduce((sum, t) => sum + t.amount, 0),
        requester: JSON.stringify(requester),
        createdByUserId: principal.userId,
        createdAt: now,
      });
      await em.insert(TransferBatch, batch);
      await em.update(
        PaymentOrder,
        { id: In(orders.map((o) => o.id)) },
        { status: 'paid', paidAt: now, transferBatchId: batch.id },
      );
      await this.audit.record({
        action: 'finance.transferBatch.created',
        targetType: 'transfer-batch',
        targetId: batch.id,
        detail: { transferDate, count: batch.count, total: batch.total, orderIds: orders.map((o) => o.id) },
      });
      return batch;
    });
  }

  list(): Promise<TransferBatch[]> {
    return this.transactions.run((em) => em.find(TransferBatch, { order: { id: 'DESC' }, take: 200 }));
  }

  /** The batch's Zengin file: Shift_JIS bytes as the bank takes them. */
  file(batchId: number): Promise<{ batch: TransferBatch; bytes: Buffer }> {
    return this.transactions.run(async (em) => {
      const batch = await em.findOne(TransferBatch, {
        where: { id: batchId },
        select: { id: true, transferDate: true, count: true, total: true, requester: true },
      });
      if (!batch) throw new NotFoundError(`振込データ（ID ${batchId}）が見つかりません。`);
      const orders = await em.find(PaymentOrder, { where: { transferBatchId: batchId }, order: { id: 'ASC' } });
      // The file as it was made: with the requester of its run, whatever the settings say now.
      const requester = batch.requester
        ? (JSON.parse(batch.requester) as TransferRequester)
        : await this.designatedBank.requester(em);
      const bytes = zenginTransferFile(requester, batch.transferDate, await this.transfersOf(em, orders));
      await this.audit.record({
        action: 'finance.transferBatch.downloaded',
        targetType: 'transfer-batch',
        targetId: batchId,
      });
      return { batch, bytes };
    });
  }

  private async transfersOf(em: EntityManager, orders: PaymentOrder[]): Promise<Transfer[]> {
    const commitments = await em.find(Commitment, { where: { id: In(orders.map((o) => o.commitmentId)) } });
    const payeeOf = new Map(commitments.map((c) => [c.id, c.payeeId]));
    const payees = await em.find(Payee, { where: { id: In([...new Set(payeeOf.values())]) } });
    const byId = new Map(payees.map((p) => [p.id, p]));
    return orders.map((o) => {
      const payee = byId.get(payeeOf.get(o.commitmentId)!)!;
      return {
        bankCode: payee.bankCode,
        bankNameKana: payee.bankNameKana,
        branchCode: payee.branchCode,
        branchNameKana: payee.branchNameKana,
        accountType: payee.accountType,
        accountNumber: payee.accountNumber,
        holderKana: payee.holderKana,
        amount: o.amount,
        customerCode: customerCode(o.id),
      };
    });
  }
}
