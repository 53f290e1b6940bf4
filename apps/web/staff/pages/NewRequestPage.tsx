import { useState, type FormEvent } from 'react';
import { api, ApiError, messageOf } from '../../shared/api';
import { Loading, Notice, PageTitle, TextArea, TextField } from '../../shared/components';
import { navigate } from '../../shared/router';
import type { DefinitionKey } from '../types';
import { useApi } from '../useApi';

interface Started {
  id: number;
  openTasks: { id: number; assigneeUserId: number | null }[];
}

/** A case number the drafter need not invent: date and a random suffix. */
function newBusinessKey(): string {
  const day = new Date().toISOString().slice(0, 10).replaceAll('-', '');
  return `REQ-${day}-${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
}

/** Starts a workflow: 件名, 内容 and an optional amount become the case's variables. */
export function NewRequestPage({ processKey }: { processKey: string }) {
  const { data: definitions } = useApi<DefinitionKey[]>('/api/workflow/definitions');
  const definition = definitions?.find((d) => d.processKey === processKey);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<ApiError | string | null>(null);
  const [titleError, setTitleError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  if (!definitions) return <Loading />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!title.trim()) {
      setTitleError('件名を入力してください。');
      return;
    }
    setTitleError(undefined);
    setBusy(true);
    try {
      const variables: Record<string, unknown> = { title: title.trim(), body };
      if (amount) variables.amount = Number(amount);
      const started = await api<Started>('POST', '/api/workflow/instances', {
        body: { definitionKey: processKey, businessKey: newBusinessKey(), variables },
      });
      navigate(`/staff/cases/${started.id}`);
    } catch (e) {
      setError(e instanceof ApiError ? e : messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const apiField = (field: string) => (error instanceof ApiError ? error.fieldMessage(field) : undefined);
  const name = definition?.name ?? processKey;
  return (
    <div className="narrow">
      <PageTitle title={`${name}の申請`}>{name}</PageTitle>
      {!definition && <Notice kind="error">このワークフローは見つかりません。</Notice>}
      <form onSubmit={submit} noValidate>
        <TextField
          label="件名"
          required
          maxLength={200}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={titleError ?? apiField('variables')}
        />
        <TextArea label="内容" value={body} maxLength={4000} onChange={(e) => setBody(e.target.value)} />
        <TextField
          label="金額（円）"
          hint="支出を伴う場合のみ。半角数字で入力してください。"
          inputMode="numeric"
          pattern="[0-9]*"
          value={amount}
          onChange={(e) => setAmount(e.target.value.replace(/[^0-9]/g, ''))}
        />
        {error && <Notice kind="error">{error instanceof ApiError ? error.message : error}</Notice>}
        <div className="actions">
          <button type="submit" className="button" disabled={busy || !definition}>
            起案する
          </button>
        </div>
      </form>
    </div>
  );
}
