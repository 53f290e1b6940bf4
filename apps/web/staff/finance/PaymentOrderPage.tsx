import { Loading, Notice, PageTitle } from '../../shared/components';
import { Link } from '../../shared/router';
import { useSession } from '../session';
import { formatDate } from '../../shared/format';
import { useApi } from '../useApi';
import { Attachments } from './Attachments';
import { ExaminationActions } from './ExaminationActions';
import { FinanceNav } from './FinanceNav';
import {
  EXAMINATION_STEP,
  formatYen,
  PAYMENT_DEADLINE_WARNING_LABELS,
  PAYMENT_ORDER_KIND_LABELS,
  PAYMENT_ORDER_STATUS_LABELS,
} from './finance-labels';
import type { PaymentOrderDetail } from './finance-types';
import { RouteSection, usePassedNotice } from './RouteSection';
import { SentBackForm } from './SentBackForm';

/** A payment order: amounts and dates with the statutory deadline, the payee's account, route and files. */
export function PaymentOrderPage({ id }: { id: number }) {
  const { me } = useSession();
  const passed = usePassedNotice();
  const base = `/api/finance/payment-orders/${id}`;
  const order = useApi<PaymentOrderDetail>(base);

  if (order.error) return <Notice kind="error">{order.error}</Notice>;
  if (!order.data) return <Loading />;
  const o = order.data;
  const examination = me?.permissions.includes('finance.examine')
    ? o.route?.openTasks.find((t) => t.elementId === EXAMINATION_STEP)
    : undefined;
  const warnings = o.paymentDeadline.warnings.map((w) => PAYMENT_DEADLINE_WARNING_LABELS[w]);

  return (
    <>
      <PageTitle title={`支出命令 ${o.id}`}>
        支出命令 第{o.id}号：{o.commitment.description}
      </PageTitle>
      <FinanceNav />
      {passed.notice && <Notice kind="success">{passed.notice}</Notice>}
      {passed.problem && <Notice kind="error">{passed.problem}</Notice>}
      {warnings.length > 0 && <Notice kind="error">{warnings.join('。')}</Notice>}
      <dl className="summary">
        <dt>状況</dt>
        <dd data-testid="payment-order-status">{PAYMENT_ORDER_STATUS_LABELS[o.status] ?? o.status}</dd>
        {o.sentBackReason && o.status === 'sentBack' && (
          <>
            <dt>差戻しの理由</dt>
            <dd>{o.sentBackReason}</dd>
          </>
        )}
        <dt>支払の種類</dt>
        <dd>{PAYMENT_ORDER_KIND_LABELS[o.kind] ?? o.kind}</dd>
        <dt>支出命令額</dt>
        <dd>{formatYen(o.amount)}</dd>
        <dt>支出負担行為</dt>
        <dd>
          <Link href={`/staff/finance/commitments/${o.commitment.id}`}>
            第{o.commitment.id}号（{formatYen(o.commitment.amount)}）
          </Link>
        </dd>
        <dt>債権者・振込先</dt>
        <dd>
          {o.payee.name}（{o.payee.bankNameKana} {o.payee.branchNameKana} {o.payee.accountNumber}）
        </dd>
        <dt>請求書の受付日</dt>
        <dd>{formatDate(o.invoiceDate)}</dd>
        <dt>支払予定日</dt>
        <dd>{formatDate(o.dueDate)}</dd>
        <dt>法定の支払期限</dt>
        <dd>{formatDate(o.paymentDeadline.deadline)}</dd>
      </dl>
      {examination && (
        <section aria-labelledby="examination-heading">
          <h2 id="examination-heading">会計室審査</h2>
          <ExaminationActions taskId={examination.id} label="この支出命令" onDone={() => void order.reload()} />
        </section>
      )}
      {o.status === 'sentBack' && me?.id === o.createdByUserId && (
        <SentBackForm order={o} onDone={() => void order.reload()} />
      )}
      <RouteSection route={o.route} />
      <Attachments
        base={base}
        attachments={o.attachments}
        defaultKind="請求書"
        mayAdd={me?.id === o.createdByUserId && o.status !== 'rejected' && o.status !== 'withdrawn'}
        onAdded={() => void order.reload()}
      />
    </>
  );
}
