import { useState, type FormEvent } from 'react';
import { api, ApiError, messageOf } from '../../../shared/api';
import { DateText, Notice, TextField } from '../../../shared/components';
import { useApi } from '../../useApi';
import type { Absence } from './org-types';

/** `2026-04-10T08:30` from a datetime-local input, as the JST instant the API expects. */
function jstInstant(local: string): string | undefined {
  return local ? `${local}:00+09:00` : undefined;
}

/** 不在: while a post holder is away, their deputy (代決者) decides for them. */
export function AbsencesSection({ staffId }: { staffId: number }) {
  const absences = useApi<Absence[]>(`/api/org/absences?staffId=${staffId}`);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | string | null>(null);

  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      await absences.reload();
    } catch (e) {
      setError(e instanceof ApiError ? e : messageOf(e));
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await api('POST', '/api/org/absences', {
        body: { staffId, from: jstInstant(from), to: jstInstant(to), reason },
      });
      setFrom('');
      setTo('');
      setReason('');
    });
  };
  const fieldError = (f: string) => (error instanceof ApiError ? error.fieldMessage(f) : undefined);
  return (
    <>
      <h3 id="absences-heading">不在（この間は代決者が決裁します）</h3>
      {absences.error && <Notice kind="error">{absences.error}</Notice>}
      {absences.data && absences.data.length === 0 && <p>登録された不在はありません。</p>}
      {absences.data && absences.data.length > 0 && (
        <ul aria-labelledby="absences-heading">
          {absences.data.map((a) => (
            <li key={a.id}>
              <DateText value={a.from} withTime />〜<DateText value={a.to} withTime /> {a.reason}{' '}
              <button
                type="button"
                className="button button--text"
                onClick={() => void run(() => api('DELETE', `/api/org/absences/${a.id}`))}
              >
                {a.reason}の不在を削除
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} aria-label="不在の登録" noValidate>
        <TextField
          label="不在の開始"
          type="datetime-local"
          required
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          error={fieldError('from')}
        />
        <TextField
          label="不在の終了"
          type="datetime-local"
          required
          value={to}
          onChange={(e) => setTo(e.target.value)}
          error={fieldError('to')}
        />
        <TextField
          label="理由"
          required
          maxLength={200}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={fieldError('reason')}
        />
        {error && <Notice kind="error">{error instanceof ApiError ? error.message : error}</Notice>}
        <div className="actions">
          <button type="submit" className="button button--secondary">
            不在を登録する
          </button>
        </div>
      </form>
    </>
  );
}
