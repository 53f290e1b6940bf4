import { Loading, Notice, PageTitle } from '../../shared/components';
import { Link } from '../../shared/router';
import type { Inbox } from '../types';
import { formatDate } from '../../shared/format';
import { useApi } from '../useApi';
import { ExaminationActions } from './ExaminationActions';
import { FinanceNav } from './FinanceNav';
import { EXAMINATION_STEP, formatYen, PAYMENT_DEADLINE_WARNING_LABELS } from './finance-labels';
import type { PaymentOrder } from './finance-types';

/** 会計室審査: the payment orders waiting for the 会計室's examination, each approved or sent back with a reason. */
export function ExaminationPage() {
  const inbox = useApi<Inbox>('/api/workflow/tasks?limit=500');
  const orders = useApi<PaymentOrder[]>('/api/finance/payment-orders?status=examining');
  const reload = () => void Promise.all([inbox.reload(), orders.reload()]);

  const error = inbox.error ?? orders.error;
  const tasks = (inbox.data?.items ?? []).filter(
    (t) => t.processKey === 'payment-order' && t.elementId === EXAMINATION_STEP,
  );
  const orderOf = new Map((orders.data ?? []).map((o) => [o.instanceId, o]));
  const waiting = tasks.flatMap((t) => {
    const order = orderOf.get(t.instanceId);
    return order ? [{ task: t, order }] : [];
  });

  return (
    <>
      <PageTitle title="会計室審査">会計室審査</PageTitle>
      <FinanceNav />
      {error && <Notice kind="error">{error}</Notice>}
      {!error && (!inbox.data || !orders.data) && <Loading />}
      {inbox.data && orders.data && waiting.length === 0 && <p>審査待ちの支出命令はありません。</p>}
      {waiting.map(({ task, order }) => (
        <section key={task.id} aria-labelledby={`order-${order.id}`}>
          <h2 id={`order-${order.id}`}>
            <Link href={`/staff/finance/payment-orders/${order.id}`}>支出命令 第{order.id}号</Link>：{order.payee.name}{' '}
            {formatYen(order.amount)}
          </h2>
          <p>
            {order.commitment.description}／支払予定日 {formatDate(order.dueDate)}（法定期限{' '}
            {formatDate(order.paymentDeadline.deadline)}）
            {order.paymentDeadline.warnings.length > 0 && (
              <strong>
                {' '}
                {order.paymentDeadline.warnings.map((w) => PAYMENT_DEADLINE_WARNING_LABELS[w]).join('。')}
              </strong>
            )}
          </p>
          <ExaminationActions taskId={task.id} label={`支出命令 第${order.id}号`} onDone={reload} />
        </section>
      ))}
    </>
  );
}
