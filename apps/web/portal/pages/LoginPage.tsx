import { useState, type FormEvent } from 'react';
import { api, ApiError, messageOf } from '../../shared/api';
import { Notice, PageTitle, TextField } from '../../shared/components';
import { Link, navigate } from '../../shared/router';

export function LoginPage({ notice, onLoggedIn }: { notice: string | null; onLoggedIn: () => Promise<void> }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api('POST', '/api/auth/login', { body: { username: email, password }, anonymous: true });
      await onLoggedIn();
      navigate('/portal/mypage', { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? e : messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (field: string) => (error instanceof ApiError ? error.fieldMessage(field) : undefined);
  return (
    <div className="narrow">
      <PageTitle title="ログイン">ログイン</PageTitle>
      {notice && <Notice kind="info">{notice}</Notice>}
      <form onSubmit={submit} noValidate>
        <TextField
          label="メールアドレス"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError('username')}
        />
        <TextField
          label="パスワード"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldError('password')}
        />
        {error && <Notice kind="error">{error instanceof ApiError ? error.message : error}</Notice>}
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            ログイン
          </button>
          <Link href="/portal/register">はじめての方（利用者登録）</Link>
        </div>
      </form>
    </div>
  );
}
