import { useState, type FormEvent } from 'react';
import { api, ApiError, messageOf } from '../../shared/api';
import { Notice, SelectField, TextField } from '../../shared/components';
import { choicesOf, DISPATCH_LABELS } from './labels';
import type { CityDocument, DispatchMethod } from './types';

/** 施行: how the decided document goes out (the date is the moment it is recorded). */
export function DispatchSection({
  document,
  mayDispatch,
  onDispatched,
}: {
  document: CityDocument;
  mayDispatch: boolean;
  onDispatched(): Promise<void>;
}) {
  const [method, setMethod] = useState<DispatchMethod>('electronic');
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError | string | null>(null);
  const [busy, setBusy] = useState(false);
  if (document.dispatchedAt || !mayDispatch) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api('POST', `/api/documents/drafts/${document.id}/dispatch`, { body: { method, note: note || null } });
      await onDispatched();
    } catch (e) {
      setError(e instanceof ApiError ? e : messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const field = (name: string) => (error instanceof ApiError ? error.fieldMessage(name) : undefined);
  return (
    <section aria-labelledby="dispatch-heading">
      <h2 id="dispatch-heading">施行</h2>
      <form onSubmit={submit} noValidate className="narrow">
        <SelectField
          label="施行の方法"
          value={method}
          onChange={(e) => setMethod(e.target.value as DispatchMethod)}
          choices={choicesOf(DISPATCH_LABELS)}
          error={field('method')}
        />
        <TextField
          label="あて先・備考"
          maxLength={200}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={field('note')}
        />
        {error && <Notice kind="error">{error instanceof ApiError ? error.message : error}</Notice>}
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            施行する
          </button>
        </div>
      </form>
    </section>
  );
}
