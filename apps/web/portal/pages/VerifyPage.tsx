import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, messageOf } from '../../shared/api';
import { DateText, Loading, Notice, PageTitle, TextField } from '../../shared/components';
import { navigate } from '../../shared/router';
import type { PermitVerification } from '../permits/types';

const STATE_TEXT: Record<PermitVerification['state'], string> = {
  valid: '本日現在、有効です。',
  notYetValid: '占用期間がまだ始まっていません。',
  expired: '占用期間が満了しています。',
  revoked: 'この許可は取り消し又は廃止により効力を失っています。',
  ended: 'この許可は廃止により効力を失っています。',
  superseded: 'この許可は変更又は承継の許可に引き継がれ、効力を失っています。',
};

type Answer = { ok: true; permit: PermitVerification } | { ok: false; message: string };

/** Anyone can check a permit by the code printed on it: genuine or not, and in force today or not. */
export function VerifyPage({ code }: { code: string }) {
  const [typed, setTyped] = useState(code);
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    setAnswer(null);
    if (!code) return;
    api<PermitVerification>('GET', `/api/verify/${encodeURIComponent(code)}`, { anonymous: true })
      .then((permit) => setAnswer({ ok: true, permit }))
      .catch((e: unknown) =>
        setAnswer({ ok: false, message: e instanceof ApiError && e.status === 404 ? e.message : messageOf(e) }),
      );
  }, [code]);

  const check = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/portal/verify/${encodeURIComponent(typed.trim())}`);
  };

  return (
    <div className="narrow">
      <PageTitle title="許可書の確認">許可書の確認</PageTitle>
      <form onSubmit={check}>
        <TextField
          label="確認コード"
          hint="許可書に印刷された12文字のコード"
          autoComplete="off"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
        <div className="actions">
          <button type="submit" className="button">
            確認する
          </button>
        </div>
      </form>
      {code && !answer && <Loading />}
      {answer && !answer.ok && <Notice kind="error">{answer.message}</Notice>}
      {answer?.ok && <VerifiedPermit permit={answer.permit} />}
    </div>
  );
}

function VerifiedPermit({ permit }: { permit: PermitVerification }) {
  return (
    <section aria-labelledby="verified-heading">
      <h2 id="verified-heading">確認結果</h2>
      <Notice kind={permit.inForce ? 'success' : 'info'}>
        <span data-testid="verification-result">みなと市が発行した真正な許可書です。{STATE_TEXT[permit.state]}</span>
      </Notice>
      <dl className="summary">
        <dt>許可番号</dt>
        <dd>{permit.permitNumber}</dd>
        <dt>占用者</dt>
        <dd>{permit.holderName ?? '—'}</dd>
        <dt>占用物件</dt>
        <dd>{permit.category}</dd>
        <dt>場所</dt>
        <dd>{permit.place}</dd>
        <dt>占用期間</dt>
        <dd>
          <DateText value={permit.periodFrom} />〜<DateText value={permit.periodTo} />
        </dd>
        {permit.endedOn && (
          <>
            <dt>効力を失った日</dt>
            <dd>
              <DateText value={permit.endedOn} />
              {permit.supersededBy && `（引き継いだ許可：${permit.supersededBy}）`}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
