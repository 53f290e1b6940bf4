import { Inject, Injectable } from '@nestjs/common';
import { Clock, NotFoundError, RINGI_CONFIG, Transactions, type RingiConfig } from '@ringi/platform';
import { PermitApplication } from '../applications/permit-application.entity';
import { fromJson, type CounterApplicant } from '../review/review-records';
import { billNumberOf } from './billing.service';
import { renderPaymentSlip } from './payment-slip';
import { PermitBill } from './permit-bill.entity';

/** The demo city's account; a real city sets RINGI_PERMIT_PAYEE_ACCOUNT to its 指定金融機関 account. */
const DEMO_PAYEE_ACCOUNT = 'みなと銀行 市役所支店 普通預金 1234567 みなと市会計管理者（デモ）';

/** 納付書 of a bill, drawn when asked for: the payer's name, the amount, the 納期限 and where to pay. */
@Injectable()
export class PaymentSlipService {
  private readonly payeeAccount: string;

  constructor(
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    @Inject(RINGI_CONFIG) config: RingiConfig,
  ) {
    this.payeeAccount = config.permitPayeeAccount ?? DEMO_PAYEE_ACCOUNT;
  }

  /** The slip of a bill; `ownerUserId` limits it to the applicant's own bills (null for clerks). */
  async slipOf(billId: number, ownerUserId: number | null): Promise<{ fileName: string; content: Buffer }> {
    const { bill, application } = await this.transactions.run(async (em) => {
      const found = await em.findOneBy(PermitBill, { id: billId });
      return {
        bill: found,
        application: found ? await em.findOneBy(PermitApplication, { id: found.applicationId }) : null,
      };
    });
    if (!bill || !application || (ownerUserId !== null && application.applicantUserId !== ownerUserId)) {
      throw new NotFoundError(`請求（ID ${billId}）が見つかりません。`);
    }
    const billNumber = billNumberOf(bill);
    const pdf = await renderPaymentSlip({
      billNumber,
      payerName: application.holderName ?? '',
      payerAddress: fromJson<CounterApplicant>(application.applicant)?.address ?? null,
      permitNumber: application.permitNumber,
      fiscalYear: bill.fiscalYear,
      amountYen: bill.amountYen,
      dueDate: bill.dueDate,
      payeeAccount: this.payeeAccount,
      issuedAt: this.clock.now(),
    });
    return { fileName: `納付書_${billNumber}.pdf`, content: Buffer.from(pdf) };
  }
}
