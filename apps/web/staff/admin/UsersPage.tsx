import { useState, type FormEvent } from 'react';
import { ROLE_LABELS, ROLES, type Role } from '../../../../libs/auth/src/access/permissions';
import { api, ApiError, messageOf } from '../../shared/api';
import { DateText, Loading, Notice, PageTitle, TextField } from '../../shared/components';
import { useApi } from '../useApi';

interface Grant {
  role: Role;
  scopeUnitId: number | null;
}

interface Account {
  id: number;
  username: string;
  kind: 'staff' | 'applicant';
  displayName: string;
  active: boolean;
  mfaEnabled: boolean;
  locked: boolean;
  lastLoginAt: string | null;
  roles: Grant[];
}

/** Roles an administrator grants by hand; the others follow from postings or the account kind. */
const GRANTABLE = ROLES.filter((r) => r !== 'manager' && r !== 'applicant');

function AccountEditor({ account, onChanged }: { account: Account; onChanged: () => Promise<void> }) {
  const cityWide = new Set(account.roles.filter((r) => r.scopeUnitId === null).map((r) => r.role));
  const [roles, setRoles] = useState<Set<Role>>(cityWide);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  /** Runs one action; true when it succeeded. */
  const run = async (work: () => Promise<unknown>, message: string): Promise<boolean> => {
    setError(null);
    setDone(null);
    try {
      await work();
      setDone(message);
      await onChanged();
      return true;
    } catch (e) {
      setError(e instanceof ApiError ? e : messageOf(e));
      return false;
    }
  };

  const saveRoles = (event: FormEvent) => {
    event.preventDefault();
    // Grants scoped to a unit are kept as they are; this screen edits the city-wide ones.
    const scoped = account.roles.filter((r) => r.scopeUnitId !== null);
    const body = { roles: [...scoped, ...[...roles].map((role) => ({ role }))] };
    void run(() => api('PUT', `/api/admin/users/${account.id}/roles`, { body }), 'ロールを保存しました。');
  };

  const toggle = (role: Role) => {
    const next = new Set(roles);
    if (next.has(role)) next.delete(role);
    else next.add(role);
    setRoles(next);
  };

  return (
    <section aria-labelledby={`account-${account.id}`}>
      <h2 id={`account-${account.id}`}>
        {account.displayName}（{account.username}）
      </h2>
      <p>
        {account.active ? '有効' : '無効'} / 二要素認証 {account.mfaEnabled ? 'あり' : 'なし'}
        {account.locked && ' / ロック中'} / 最終ログイン{' '}
        {account.lastLoginAt ? <DateText value={account.lastLoginAt} withTime /> : 'なし'}
      </p>
      {account.kind === 'staff' && (
        <form onSubmit={saveRoles}>
          <fieldset>
            <legend>ロール（全庁）</legend>
            {GRANTABLE.map((role) => (
              <div key={role}>
                <input
                  type="checkbox"
                  id={`role-${account.id}-${role}`}
                  checked={roles.has(role)}
                  onChange={() => toggle(role)}
                />{' '}
                <label htmlFor={`role-${account.id}-${role}`}>{ROLE_LABELS[role]}</label>
              </div>
            ))}
          </fieldset>
          <div className="actions">
            <button type="submit" className="button">
              ロールを保存
            </button>
            {account.locked && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() =>
                  void run(() => api('POST', `/api/admin/users/${account.id}/unlock`), 'ロックを解除しました。')
                }
              >
                ロックを解除
              </button>
            )}
            {account.mfaEnabled && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() =>
                  void run(
                    () => api('POST', `/api/admin/users/${account.id}/mfa/reset`),
                    '二要素認証をリセットしました。次回ログイン時に再登録が必要です。',
                  )
                }
              >
                二要素認証をリセット
              </button>
            )}
          </div>
        </form>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void run(
            () => api('POST', `/api/admin/users/${account.id}/password`, { body: { newPassword: password } }),
            'パスワードを設定しました。',
          ).then((ok) => ok && setPassword(''));
        }}
        noValidate
      >
        <TextField
          label="新しいパスワード"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={error instanceof ApiError ? error.fieldMessage('newPassword') : undefined}
        />
        <div className="actions">
          <button type="submit" className="button button--secondary">
            パスワードを設定
          </button>
        </div>
      </form>
      {error && <Notice kind="error">{error instanceof ApiError ? error.message : error}</Notice>}
      {done && <Notice kind="success">{done}</Notice>}
    </section>
  );
}

/** 利用者管理: find an account, grant roles, unlock, reset MFA or set a password. */
export function UsersPage() {
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<number | null>(null);
  const { data, error, reload } = useApi<Account[]>(`/api/admin/users?q=${encodeURIComponent(search)}`);
  const account = data?.find((a) => a.id === selected) ?? null;
  return (
    <>
      <PageTitle title="利用者管理">利用者管理</PageTitle>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setSearch(q);
        }}
        className="filters"
      >
        <TextField label="ユーザー名または氏名で検索" value={q} onChange={(e) => setQ(e.target.value)} />
        <div className="actions">
          <button type="submit" className="button">
            検索
          </button>
        </div>
      </form>
      {error && <Notice kind="error">{error}</Notice>}
      {!data && !error && <Loading />}
      {data && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">利用者の一覧</caption>
            <thead>
              <tr>
                <th scope="col">ユーザー名</th>
                <th scope="col">氏名</th>
                <th scope="col">ロール</th>
                <th scope="col">状態</th>
              </tr>
            </thead>
            <tbody>
              {data.map((a) => (
                <tr key={a.id}>
                  <td>
                    <button type="button" className="button button--text" onClick={() => setSelected(a.id)}>
                      {a.username}
                    </button>
                  </td>
                  <td>{a.displayName}</td>
                  <td>{a.roles.map((r) => ROLE_LABELS[r.role] ?? r.role).join('、')}</td>
                  <td>{[a.active ? '有効' : '無効', a.locked ? 'ロック中' : null].filter(Boolean).join('・')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {account && <AccountEditor key={account.id} account={account} onChanged={reload} />}
    </>
  );
}
