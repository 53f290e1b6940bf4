import { DateText, Loading, Notice, PageTitle } from '../../shared/components';
import { Link } from '../../shared/router';
import { formatDate } from '../../shared/format';
import { useApi } from '../useApi';
import { FinanceNav } from './FinanceNav';
import { ScrollTable } from './ScrollTable';
import {
  AMOUNT_CELL,
  COMMITMENT_KIND_LABELS,
  COMMITMENT_STATUS_LABELS,
  formatYen,
  PAYMENT_ORDER_STATUS_LABELS,
} from './finance-labels';
import type { Commitment, PaymentOrder } from './finance-types';

/** The commitments the user may read: their section's and those on their route (the 会計室 sees all). */
export function CommitmentsPage() {
  const { data, error } = useApi<Commitment[]>('/api/finance/commitments');
  return (
    <>
      <PageTitle title="支出負担行為の一覧">支出負担行為の一覧</PageTitle>
      <FinanceNav />
      {error && <Notice kind="error">{error}</Notice>}
      {!data && !error && <Loading />}
      {data && data.length === 0 && <p>支出負担行為はありません。</p>}
      {data && data.length > 0 && (
        <ScrollTable label="支出負担行為の一覧">
          <table>
            <caption className="visually-hidden">支出負担行為（新しい順）</caption>
            <thead>
              <tr>
                <th scope="col">番号・件名</th>
                <th scope="col">区分</th>
                <th scope="col">金額</th>
                <th scope="col">状況</th>
                <th scope="col">起案日</th>
              </tr>
            </thead>
            <tbody>
              {data.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link href={`/staff/finance/commitments/${c.id}`}>
                      第{c.id}号 {c.description}
                    </Link>
                  </td>
                  <td>{COMMITMENT_KIND_LABELS[c.kind as keyof typeof COMMITMENT_KIND_LABELS] ?? c.kind}</td>
                  <td style={AMOUNT_CELL}>{formatYen(c.amount)}</td>
                  <td>{COMMITMENT_STATUS_LABELS[c.status] ?? c.status}</td>
                  <td>
                    <DateText value={c.createdAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </>
  );
}

/** The payment orders the user may read, with their statutory deadline. */
export function PaymentOrdersPage() {
  const { data, error } = useApi<PaymentOrder[]>('/api/finance/payment-orders');
  return (
    <>
      <PageTitle title="支出命令の一覧">支出命令の一覧</PageTitle>
      <FinanceNav />
      {error && <Notice kind="error">{error}</Notice>}
      {!data && !error && <Loading />}
      {data && data.length === 0 && <p>支出命令はありません。</p>}
      {data && data.length > 0 && (
        <ScrollTable label="支出命令の一覧">
          <table>
            <caption className="visually-hidden">支出命令（新しい順）</caption>
            <thead>
              <tr>
                <th scope="col">番号・債権者</th>
                <th scope="col">金額</th>
                <th scope="col">支払予定日</th>
                <th scope="col">法定期限</th>
                <th scope="col">状況</th>
              </tr>
            </thead>
            <tbody>
              {data.map((o) => (
                <tr key={o.id} className={o.paymentDeadline.warnings.length > 0 ? 'overdue' : undefined}>
                  <td>
                    <Link href={`/staff/finance/payment-orders/${o.id}`}>
                      第{o.id}号 {o.payee.name}
                    </Link>
                  </td>
                  <td style={AMOUNT_CELL}>{formatYen(o.amount)}</td>
                  <td>{formatDate(o.dueDate)}</td>
                  <td>{formatDate(o.paymentDeadline.deadline)}</td>
                  <td>{PAYMENT_ORDER_STATUS_LABELS[o.status] ?? o.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </>
  );
}
