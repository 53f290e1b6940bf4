import type { ReactNode } from 'react';
import { DateText } from '../../shared/components';
import { fiscalYearLabel } from './FeeBreakdown';
import { yen } from './labels';
import type { Bill } from './types';

/** The 占用料 bills per fiscal year; the last column is the caller's (pay button, or the date paid). */
export function BillsTable({ bills, status }: { bills: Bill[]; status: (bill: Bill) => ReactNode }) {
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">年度</th>
            <th scope="col">金額</th>
            <th scope="col">納期限</th>
            <th scope="col">納付</th>
          </tr>
        </thead>
        <tbody>
          {bills.map((bill) => (
            <tr key={bill.id}>
              <td>{fiscalYearLabel(bill.fiscalYear)}</td>
              <td>{yen(bill.amountYen)}</td>
              <td>
                <DateText value={bill.dueDate} />
              </td>
              <td>{status(bill)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
