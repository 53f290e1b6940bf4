import { useState, type FormEvent } from 'react';
import { api, ApiError, messageOf } from '../../shared/api';
import { Notice, PageTitle, TextField } from '../../shared/components';
import { useSession } from '../session';

interface Material {
  secret: string;
  otpauthUrl: string;
  qrCodeDataUrl: string;
}

/**
 * Roles that must use TOTP (administrators) enrol at their first login: scan or type the secret,
 * prove it with a code, keep the recovery codes. Nothing else opens until this is done.
 */
export function MfaEnrolmentPage() {
  const { refresh } = useSession();
  const [material, setMaterial] = useState<Material | null>(null);
  const [code, setCode] = useState('');
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<ApiError | string | null>(null);

  const begin = async () => {
    setError(null);
    try {
      setMaterial(await api<Material>('POST', '/api/auth/mfa/enrol'));
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const answer = await api<{ recoveryCodes: string[] }>('POST', '/api/auth/mfa/enrol/confirm', { body: { code } });
      setRecoveryCodes(answer.recoveryCodes);
    } catch (e) {
      setError(e instanceof ApiError ? e : messageOf(e));
    }
  };

  const errorText = error instanceof ApiError ? error.message : error;

  if (recoveryCodes) {
    return (
      <div className="narrow">
        <PageTitle title="二要素認証を登録しました">二要素認証を登録しました</PageTitle>
        <p>
          認証アプリを使えなくなったときのための回復コードです。安全な場所に控えてください（この画面でのみ表示します）。
        </p>
        <ul data-testid="recovery-codes">
          {recoveryCodes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <div className="actions">
          <button type="button" className="button" onClick={() => void refresh()}>
            控えたので次へ進む
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="narrow">
      <PageTitle title="二要素認証の登録">二要素認証の登録</PageTitle>
      <p>この利用者は、ログインに認証アプリの確認コードが必要です。最初に認証アプリを登録してください。</p>
      {!material ? (
        <div className="actions">
          <button type="button" className="button" onClick={() => void begin()}>
            登録を始める
          </button>
        </div>
      ) : (
        <form onSubmit={confirm} noValidate>
          <img src={material.qrCodeDataUrl} alt="認証アプリで読み取る QR コード" width={200} height={200} />
          <p>
            QR コードを読み取れない場合は、次の鍵を入力してください:{' '}
            <code data-testid="totp-secret">{material.secret}</code>
          </p>
          <TextField
            label="確認コード"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            required
            value={code}
            onChange={(e) => setCode(e.target.value.trim())}
            error={error instanceof ApiError ? error.fieldMessage('code') : undefined}
          />
          <div className="actions">
            <button type="submit" className="button">
              登録する
            </button>
          </div>
        </form>
      )}
      {errorText && <Notice kind="error">{errorText}</Notice>}
    </div>
  );
}
