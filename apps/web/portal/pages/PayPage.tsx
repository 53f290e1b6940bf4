import { useState } from 'react';
import { api, messageOf } from '../../shared/api';
import { Notice, PageTitle } from '../../shared/components';
import { Link, useLocation } from '../../shared/router';
import type { CheckoutState } from '../permits/BillsSection';
import { yen } from '../permits/labels';

/**
 * The demo payment provider's page: it stands in for a real provider's hosted checkout. Paying here makes
 * the provider send its signed webhook, so the bill is recorded as paid the same way a real payment would be.
 */
export function PayPage({ checkoutRef }: { checkoutRef: string }) {
  const { state } = useLocation();
  const carried = (state as CheckoutState | null)?.checkout ? (state as CheckoutState) : null;
  const [paid, setPaid] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const payUrl = carried?.checkout.payUrl ?? `/api/payments/demo/checkouts/${encodeURIComponent(checkoutRef)}/pay`;

  const pay = async () => {
    setBusy(true);
    setError(null);
    try {
      await api('POST', payUrl, { anonymous: true });
      setPaid(true);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="narrow">
      <PageTitle title="お支払い（デモ決済）">お支払い（デモ決済）</PageTitle>
      <Notice kind="info">これはデモ用の決済画面です。実際の支払いは発生しません。</Notice>
      <dl className="summary">
        <dt>お支払い番号</dt>
        <dd>{checkoutRef}</dd>
        {carried && (
          <>
            <dt>金額</dt>
            <dd>{yen(carried.checkout.amountYen)}</dd>
          </>
        )}
      </dl>
      {paid ? (
        <Notice kind="success">お支払いが完了しました。</Notice>
      ) : (
        <div className="actions">
          <button type="button" className="button" disabled={busy} onClick={() => void pay()}>
            支払う
          </button>
        </div>
      )}
      {error && <Notice kind="error">{error}</Notice>}
      <p>
        <Link href={carried ? `/portal/applications/${carried.applicationId}` : '/portal/mypage'}>
          申請の詳細へ戻る
        </Link>
      </p>
    </div>
  );
}
