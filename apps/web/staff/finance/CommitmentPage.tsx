import { useState } from 'react';
import { api, messageOf } from '../../shared/api';
import { DateText, Loading, Notice, PageTitle } from '../../shared/components';
import { Link } from '../../shared/router';
import { useSession } from '../session';
import { useApi } from '../useApi';
import { Attachments } from './Attachments';
import { FinanceNav } from './FinanceNav';
import {
  COMMITMENT_KIND_LABELS,
  COMMITMENT_STATUS_LABELS,
  PAYMENT_ORDER_STATUS_LABELS,
  formatYen,
} from './finance-labels';
import type { CommitmentDetail, Payee, PaymentOrder } from './finance-types';
import { RouteSection, usePassedNotice } from './RouteSection';

/** A commitment: its figures, the line's balance, its route and status, attachments and payment orders. */
export function CommitmentPage({ id }: { id: number }) {
  const { me } = useSession();
  const passed = usePassedNotice();
  const base = `/api/finance/commitments/${id}`;
  const commitment = useApi<CommitmentDetail>(base);
  const payee = useApi<Payee>(commitment.data ? `/api/finance/payees/${commitment.data.payeeId}` : null);
  const orders = useApi<PaymentOrder[]>(`/api/finance/payment-orders?commitmentId=${id}`);
  const [actionError, setActionError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (commitment.error) return <Notice kind="error">{commitment.error}</Notice>;
  if (!commitment.data) return <Loading />;
  const c = commitment.data;
  const mine = me?.id === c.drafterUserId;

  const act = async (action: 'submit' | 'withdraw', message: string) => {
    setBusy(true);
    setActionError(null);
    setDone(null);
    try {
      await api('POST', `${base}/${action}`, { body: {} });
      setDone(message);
      await commitment.reload();
    } catch (e) {
      setActionError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle title={`支出負担行為 ${c.id}`}>
        支出負担行為 第{c.id}号：{c.description}
      </PageTitle>
      <FinanceNav />
      {passed.notice && !done && <Notice kind="success">{passed.notice}</Notice>}
      {passed.problem && !done && <Notice kind="error">{passed.problem}</Notice>}
      <dl className="summary">
        <dt>状況</dt>
        <dd data-testid="commitment-status">{COMMITMENT_STATUS_LABELS[c.status] ?? c.status}</dd>
        <dt>区分</dt>
        <dd>{COMMITMENT_KIND_LABELS[c.kind as keyof typeof COMMITMENT_KIND_LABELS] ?? c.kind}</dd>
        <dt>金額</dt>
        <dd>{formatYen(c.amount)}</dd>
        <dt>債権者</dt>
        <dd>{payee.data?.name ?? '…'}</dd>
        <dt>予算科目の執行可能額</dt>
        <dd>{formatYen(c.lineBalance.available)}</dd>
        <dt>支出命令済み／残額</dt>
        <dd>
          {formatYen(c.ordered)}／{formatYen(c.remaining)}
        </dd>
        <dt>起案日</dt>
        <dd>
          <DateText value={c.createdAt} />
        </dd>
        {c.decidedAt && (
          <>
            <dt>決裁日</dt>
            <dd>
              <DateText value={c.decidedAt} />
            </dd>
          </>
        )}
      </dl>
      {mine && (c.status === 'draft' || c.status === 'submitted') && (
        <div className="actions">
          {c.status === 'draft' && (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void act('submit', '提出しました。予算を予約し、決裁に回しました。')}
            >
              決裁に回す
            </button>
          )}
          <button
            type="button"
            className="button button--danger"
            disabled={busy}
            onClick={() => void act('withdraw', '取り下げました。予約していた予算を戻しました。')}
          >
            取り下げる
          </button>
        </div>
      )}
      {actionError && <Notice kind="error">{actionError}</Notice>}
      {done && <Notice kind="success">{done}</Notice>}
      <RouteSection route={c.route} />
      <Attachments
        base={base}
        attachments={c.attachments}
        defaultKind="見積書"
        mayAdd={mine && c.status !== 'rejected' && c.status !== 'withdrawn'}
        onAdded={() => void commitment.reload()}
      />
      <section aria-labelledby="orders-heading">
        <h2 id="orders-heading">支出命令</h2>
        {c.status === 'decided' && c.remaining > 0 && (
          <p>
            <Link href={`/staff/finance/commitments/${c.id}/payment-orders/new`}>支出命令を起票する</Link>
          </p>
        )}
        {orders.data && orders.data.length === 0 && <p>支出命令はありません。</p>}
        {orders.data && orders.data.length > 0 && (
          <ul>
            {orders.data.map((o) => (
              <li key={o.id}>
                <Link href={`/staff/finance/payment-orders/${o.id}`}>
                  支出命令 第{o.id}号 {formatYen(o.amount)}（{PAYMENT_ORDER_STATUS_LABELS[o.status] ?? o.status}）
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
