import { useState, type FormEvent } from 'react';
import { api, ApiError, messageOf } from '../../shared/api';
import { Notice, PageTitle, TextField } from '../../shared/components';

interface Form {
  email: string;
  displayName: string;
  organisationName: string;
  password: string;
  passwordAgain: string;
}

const EMPTY: Form = { email: '', displayName: '', organisationName: '', password: '', passwordAgain: '' };

export function RegisterPage() {
  const [form, setForm] = useState<Form>(EMPTY);
  const [error, setError] = useState<ApiError | string | null>(null);
  const [mismatch, setMismatch] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (key: keyof Form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  const fieldError = (field: string) => (error instanceof ApiError ? error.fieldMessage(field) : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setMismatch(form.password !== form.passwordAgain);
    if (form.password !== form.passwordAgain) return;
    setBusy(true);
    try {
      const answer = await api<{ message: string }>('POST', '/api/portal/registrations', {
        anonymous: true,
        body: {
          email: form.email,
          displayName: form.displayName,
          organisationName: form.organisationName || undefined,
          password: form.password,
        },
      });
      setSent(answer.message);
      setForm(EMPTY);
    } catch (e) {
      setError(e instanceof ApiError ? e : messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  if (sent) {
    return (
      <div className="narrow">
        <PageTitle title="確認メールを送信しました">確認メールを送信しました</PageTitle>
        <Notice kind="success">{sent}</Notice>
      </div>
    );
  }

  return (
    <div className="narrow">
      <PageTitle title="利用者登録">利用者登録</PageTitle>
      <form onSubmit={submit} noValidate>
        <TextField
          label="メールアドレス"
          type="email"
          autoComplete="email"
          required
          value={form.email}
          onChange={set('email')}
          error={fieldError('email')}
        />
        <TextField
          label="氏名"
          hint="法人の場合はご担当者の氏名"
          autoComplete="name"
          required
          value={form.displayName}
          onChange={set('displayName')}
          error={fieldError('displayName')}
        />
        <TextField
          label="法人・団体名"
          autoComplete="organization"
          value={form.organisationName}
          onChange={set('organisationName')}
          error={fieldError('organisationName')}
        />
        <TextField
          label="パスワード"
          type="password"
          autoComplete="new-password"
          hint="12文字以上で、英小文字・英大文字・数字・記号のうち3種類以上を含めてください。"
          required
          value={form.password}
          onChange={set('password')}
          error={fieldError('password')}
        />
        <TextField
          label="パスワード（確認）"
          type="password"
          autoComplete="new-password"
          required
          value={form.passwordAgain}
          onChange={set('passwordAgain')}
          error={mismatch ? 'パスワードが一致しません。' : undefined}
        />
        {error && <Notice kind="error">{error instanceof ApiError ? error.message : error}</Notice>}
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            登録する
          </button>
        </div>
      </form>
    </div>
  );
}
