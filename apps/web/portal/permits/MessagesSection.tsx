import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, messageOf } from '../../shared/api';
import { DateText, Notice, TextArea } from '../../shared/components';
import { useApi } from '../../staff/useApi';
import type { MessageThread } from './types';

const AUTHOR_LABELS = { applicant: '申請者', clerk: '道路管理課' } as const;

/**
 * The messages on an application, for the applicant (`/api/portal/permits/...`) or the clerks
 * (`/api/permits/...`): what the other side wrote since this side last looked is marked 未読, then read.
 * Bodies are shown as text, never as HTML.
 */
export function MessagesSection({ basePath, writeLabel }: { basePath: string; writeLabel: string }) {
  const thread = useApi<MessageThread>(`${basePath}/messages`);
  const [body, setBody] = useState('');
  const [error, setError] = useState<ApiError | string | null>(null);
  const [busy, setBusy] = useState(false);
  const unread = thread.data?.unread ?? 0;

  useEffect(() => {
    if (unread > 0) void api('POST', `${basePath}/messages/read`).catch(() => undefined);
  }, [basePath, unread]);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api('POST', `${basePath}/messages`, { body: { body } });
      setBody('');
      await thread.reload();
    } catch (e) {
      setError(e instanceof ApiError ? e : messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="messages-heading">
      <h2 id="messages-heading">
        メッセージ
        {unread > 0 && (
          <span className="badge" data-testid="messages-unread">
            未読 {unread}件
          </span>
        )}
      </h2>
      {thread.error && <Notice kind="error">{thread.error}</Notice>}
      {thread.data && thread.data.messages.length === 0 && <p>メッセージはまだありません。</p>}
      <ol className="timeline" data-testid="messages">
        {thread.data?.messages.map((m) => (
          <li key={m.id}>
            <strong>
              {AUTHOR_LABELS[m.authorKind]}（{m.authorName}）
            </strong>{' '}
            <DateText value={m.at} withTime />
            {m.unread && <span className="badge">未読</span>}
            <p className="timeline__message">{m.body}</p>
          </li>
        ))}
      </ol>
      <form onSubmit={(e) => void send(e)} noValidate>
        <TextArea
          label={writeLabel}
          required
          maxLength={2000}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          error={error instanceof ApiError ? error.fieldMessage('body') : undefined}
        />
        {error && <Notice kind="error">{error instanceof ApiError ? error.message : error}</Notice>}
        <div className="actions">
          <button type="submit" className="button button--secondary" disabled={busy}>
            送信する
          </button>
        </div>
      </form>
    </section>
  );
}
