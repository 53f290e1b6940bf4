import { useEffect, useState } from 'react';
import { api, messageOf } from '../../shared/api';
import { Loading, Notice, PageTitle } from '../../shared/components';
import { Link, useLocation } from '../../shared/router';

/** Opened from the confirmation mail: confirms the address carried in ?token=. */
export function ConfirmPage() {
  const { search } = useLocation();
  const token = search.get('token') ?? '';
  const [state, setState] = useState<{ ok: boolean; message: string } | null>(null);

  useEffect(() => {
    api<{ message: string }>('POST', '/api/portal/registrations/confirm', { body: { token }, anonymous: true })
      .then((answer) => setState({ ok: true, message: answer.message }))
      .catch((e: unknown) => setState({ ok: false, message: messageOf(e) }));
  }, [token]);

  return (
    <div className="narrow">
      <PageTitle title="メールアドレスの確認">メールアドレスの確認</PageTitle>
      {!state && <Loading />}
      {state && <Notice kind={state.ok ? 'success' : 'error'}>{state.message}</Notice>}
      {state?.ok && (
        <Link href="/portal/login" className="button">
          ログインへ進む
        </Link>
      )}
      {state && !state.ok && <Link href="/portal/register">利用者登録へ戻る</Link>}
    </div>
  );
}
