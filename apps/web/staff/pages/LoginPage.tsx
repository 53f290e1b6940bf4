import { useState, type FormEvent } from 'react';
import { api, ApiError, messageOf } from '../../shared/api';
import { Notice, PageTitle, TextField } from '../../shared/components';
import { navigate, useLocation } from '../../shared/router';
import { useSession } from '../session';
import type { LoginAnswer } from '../types';

/** Only paths inside the staff app are followed after login, never another site. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/staff/') && !next.startsWith('//') ? next : '/staff/';
}

export function LoginPage() {
  const { refresh, notice } = useSession();
  const { search } = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [challenge, setChallenge] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | string | null>(null);
  const [busy, setBusy] = useState(false);

  const finish = async () => {
    await refresh();
    navigate(safeNext(search.get('next')), { replace: true });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (challenge) {
        await api('POST', '/api/auth/login/mfa', { body: { challengeToken: challenge, code }, anonymous: true });
        await finish();
        return;
      }
      const answer = await api<LoginAnswer>('POST', '/api/auth/login', {
        body: { username, password },
        anonymous: true,
      });
      if (answer.status === 'mfa-required') setChallenge(answer.challengeToken);
      else await finish();
    } catch (e) {
      setError(e instanceof ApiError ? e : messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (field: string) => (error instanceof ApiError ? error.fieldMessage(field) : undefined);
  const formError = error instanceof ApiError ? error.message : error;

  return (
    <div className="narrow">
      <PageTitle title="ログイン">職員ログイン</PageTitle>
      {notice && !challenge && <Notice kind="info">{notice}</Notice>}
      <form onSubmit={submit} noValidate>
        {!challenge ? (
          <>
            <TextField
              label="ユーザー名"
              name="username"
              autoComplete="username"
              required
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              error={fieldError('username')}
            />
            <TextField
              label="パスワード"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={fieldError('password')}
            />
          </>
        ) : (
          <>
            <Notice kind="info">認証アプリに表示されている6桁の確認コードを入力してください。</Notice>
            <TextField
              label="確認コード"
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]{6}"
              maxLength={6}
              required
              autoFocus
              value={code}
              onChange={(e) => setCode(e.target.value.trim())}
              error={fieldError('code')}
            />
          </>
        )}
        {formError && <Notice kind="error">{formError}</Notice>}
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {challenge ? '確認' : 'ログイン'}
          </button>
          {challenge && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setChallenge(null);
                setCode('');
                setError(null);
              }}
            >
              最初からやり直す
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
