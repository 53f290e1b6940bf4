import { useState, type FormEvent } from 'react';
import { api, ApiError, messageOf } from '../../shared/api';
import { DateText, Loading, Notice, PageTitle, TextField } from '../../shared/components';
import { Link } from '../../shared/router';
import { INSTANCE_STATUS_LABELS } from '../labels';
import { useApi } from '../useApi';

interface MonitoredInstance {
  id: number;
  processKey: string;
  businessKey: string;
  status: string;
  startedAt: string;
  overdue: boolean;
  stuck: boolean;
  openSteps: {
    taskId: number;
    name: string | null;
    assigneeLabel: string;
    createdAt: string;
    dueAt: string | null;
    overdue: boolean;
    stuck: boolean;
  }[];
}

type Only = 'all' | 'overdue' | 'stuck';

/** 担当替え: hands an open step to another account; the reason goes to the history and the audit trail. */
function Reassign({ taskId, stepName, onDone }: { taskId: number; stepName: string; onDone: () => Promise<void> }) {
  const [username, setUsername] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await api('POST', `/api/workflow/tasks/${taskId}/reassign`, { body: { username, reason } });
      await onDone();
    } catch (e) {
      setError(e instanceof ApiError ? e : messageOf(e));
    }
  };
  const field = (name: string) => (error instanceof ApiError ? error.fieldMessage(name) : undefined);
  return (
    <details>
      <summary>「{stepName}」の担当替え</summary>
      <form onSubmit={submit} noValidate>
        <TextField
          label="新しい担当者（ユーザー名）"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          error={field('username')}
        />
        <TextField label="理由" value={reason} onChange={(e) => setReason(e.target.value)} error={field('reason')} />
        {error && <Notice kind="error">{error instanceof ApiError ? error.message : error}</Notice>}
        <button type="submit" className="button button--secondary">
          担当替えする
        </button>
      </form>
    </details>
  );
}

/** Where every instance stands; overdue and stuck steps first catch the eye. */
export function InstancesPage() {
  const [status, setStatus] = useState('running');
  const [only, setOnly] = useState<Only>('all');
  const { data, error, reload } = useApi<MonitoredInstance[]>(`/api/web/admin/instances?status=${status}`);
  const shown = (data ?? []).filter((i) => only === 'all' || (only === 'overdue' ? i.overdue : i.stuck));
  return (
    <>
      <PageTitle title="案件モニター">案件モニター</PageTitle>
      <p>
        <Link href="/staff/admin">ワークフロー管理へ戻る</Link>
      </p>
      <div className="filters">
        <div className="field">
          <label className="field__label" htmlFor="monitor-status">
            状況
          </label>
          <select id="monitor-status" value={status} onChange={(e) => setStatus(e.target.value)}>
            {Object.entries(INSTANCE_STATUS_LABELS).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="monitor-only">
            表示
          </label>
          <select id="monitor-only" value={only} onChange={(e) => setOnly(e.target.value as Only)}>
            <option value="all">すべて</option>
            <option value="overdue">期限超過のみ</option>
            <option value="stuck">滞留のみ</option>
          </select>
        </div>
      </div>
      {error && <Notice kind="error">{error}</Notice>}
      {!data && !error && <Loading />}
      {data && shown.length === 0 && <p>該当する案件はありません。</p>}
      {shown.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">案件の一覧</caption>
            <thead>
              <tr>
                <th scope="col">案件</th>
                <th scope="col">ワークフロー</th>
                <th scope="col">起案日</th>
                <th scope="col">処理中の手順</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((i) => (
                <tr key={i.id} className={i.overdue || i.stuck ? 'overdue' : undefined}>
                  <td>
                    <Link href={`/staff/cases/${i.id}`}>{i.businessKey}</Link>
                  </td>
                  <td>{i.processKey}</td>
                  <td>
                    <DateText value={i.startedAt} />
                  </td>
                  <td>
                    {i.openSteps.length === 0 && '—'}
                    <ul>
                      {i.openSteps.map((s) => (
                        <li key={s.taskId}>
                          {s.name ?? ''}（{s.assigneeLabel}）
                          {s.dueAt && (
                            <>
                              {' '}
                              期限 <DateText value={s.dueAt} />
                            </>
                          )}
                          {s.overdue && <span className="badge badge--overdue">期限超過</span>}
                          {s.stuck && <span className="badge badge--overdue">滞留</span>}
                          <Reassign taskId={s.taskId} stepName={s.name ?? ''} onDone={reload} />
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
