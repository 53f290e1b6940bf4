import { useState } from 'react';
import { api, messageOf } from '../../shared/api';
import { DateText, Notice } from '../../shared/components';
import { navigate } from '../../shared/router';
import { BillsTable } from './BillsTable';
import { fiscalYearLabel } from './FeeBreakdown';
import { BILL_STATUS_LABELS, yen } from './labels';
import type { Bill, Checkout } from './types';

/** What the pay page needs from the checkout, carried in the navigation. */
export interface CheckoutState {
  checkout: Checkout;
  applicationId: number;
}

/** The 占用料: quoted at submission, billed per fiscal year on 許可, each bill paid online. */
export function BillsSection({
  quotedFeeYen,
  bills,
  applicationId,
}: {
  quotedFeeYen: number;
  bills: Bill[];
  applicationId: number;
}) {
  const [errors, setErrors] = useState<Record<number, string>>({});
  const pay = async (bill: Bill) => {
    try {
      const checkout = await api<Checkout>('POST', `/api/portal/permits/bills/${bill.id}/checkout`);
      const state: CheckoutState = { checkout, applicationId };
      navigate(`/portal/pay/${checkout.checkoutRef}`, { state });
    } catch (e) {
      setErrors({ ...errors, [bill.id]: messageOf(e) });
    }
  };
  return (
    <section aria-labelledby="fee-heading">
      <h2 id="fee-heading">占用料</h2>
      {bills.length === 0 ? (
        <p>申請時の試算：{yen(quotedFeeYen)}（許可の後に年度ごとに請求します）</p>
      ) : (
        <BillsTable
          bills={bills}
          status={(bill) =>
            bill.status === 'cancelled' ? (
              BILL_STATUS_LABELS.cancelled
            ) : bill.status === 'paid' ? (
              <span data-testid="bill-paid">
                納付済
                {bill.paidAt && (
                  <>
                    （<DateText value={bill.paidAt} />）
                  </>
                )}
              </span>
            ) : (
              <>
                <button type="button" className="button" onClick={() => void pay(bill)}>
                  {fiscalYearLabel(bill.fiscalYear)}分を支払う
                </button>
                {errors[bill.id] && <Notice kind="error">{errors[bill.id]}</Notice>}
                <br />
                <a href={`/api/portal/permits/bills/${bill.id}/slip.pdf`} download>
                  {fiscalYearLabel(bill.fiscalYear)}分の納付書（PDF）
                </a>
              </>
            )
          }
        />
      )}
    </section>
  );
}
