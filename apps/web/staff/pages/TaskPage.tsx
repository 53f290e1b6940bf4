import { useState } from 'react';
import { api, ApiError, messageOf } from '../../shared/api';
import { DateText, Loading, Notice, PageTitle, TextArea } from '../../shared/components';
import { Link } from '../../shared/router';
import { BusinessObject, HistoryView, RouteView } from '../CaseView';
import { CAPACITY_LABELS, labelOf, STEP_KIND_LABELS } from '../labels';
import { useSession } from '../session';
import type { CaseRoute, TaskAction, TaskDetail } from '../types';
import { useApi } from '../useApi';
import { ConsultPanel } from './ConsultPanel';

const ACTION_LABELS: Record<TaskAction, string> = {
  approve: '承認',
  reject: '却下',
  'send-back': '差戻し',
  recall: '引戻し',
  withdraw: '取下げ',
  acknowledge: '確認',
  'post-review': '後閲で先に進める',
  'pull-up': '引上げて承認',
};

const DONE_MESSAGES: Record<TaskAction, string> = {
  approve: '承認しました。',
  reject: '却下しました。',
  'send-back': '差し戻しました。',
  recall: '引き戻しました。',
  withdraw: '取り下げました。',
  acknowledge: '確認しました。',
  'post-review': '後閲として先に進めました。',
  'pull-up': '引上げて承認しました。',
};

export function TaskPage({ id }: { id: number }) {
  const { me } = useSession();
  const task = useApi<TaskDetail>(`/api/workflow/tasks/${id}`);
  const route = useApi<CaseRoute>(task.data ? `/api/web/cases/${task.data.instanceId}` : null);
  const [comment, setComment] = useState('');
  const [target, setTarget] = useState('');
  const [error, setError] = useState<ApiError | string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (task.error) return <Notice kind="error">{task.error}</Notice>;
  if (!task.data) return <Loading />;
  const detail = task.data;

  const act = async (action: TaskAction) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const body: Record<string, string> = {};
      if (comment) body.comment = comment;
      if (action === 'send-back' && target) body.targetElementId = target;
      const path =
        action === 'withdraw'
          ? `/api/workflow/instances/${detail.instanceId}/withdraw`
          : `/api/workflow/tasks/${id}/${action}`;
      await api('POST', path, { body });
      setDone(DONE_MESSAGES[action]);
      setComment('');
      await Promise.all([task.reload(), route.reload()]);
    } catch (e) {
      setError(e instanceof ApiError ? e : messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const mayWithdraw = detail.instance.status === 'running' && detail.instance.initiatorUserId === me?.id;
  const actions = [...new Set<TaskAction>([...detail.allowedActions, ...(mayWithdraw ? ['withdraw' as const] : [])])];
  const capacity = labelOf(CAPACITY_LABELS, detail.capacity ?? 'self');

  return (
    <>
      <PageTitle title={`${detail.name ?? 'タスク'} ${detail.businessKey ?? ''}`}>
        {detail.name ?? detail.elementId}：{detail.instance.businessKey}
      </PageTitle>
      <dl className="summary">
        <dt>種類</dt>
        <dd>{labelOf(STEP_KIND_LABELS, detail.stepKind)}</dd>
        <dt>担当</dt>
        <dd>
          {detail.assigneeLabel}
          {capacity && `（${capacity}として処理）`}
        </dd>
        <dt>期限</dt>
        <dd>{detail.dueAt ? <DateText value={detail.dueAt} /> : 'なし'}</dd>
        <dt>案件の状況</dt>
        <dd>
          <Link href={`/staff/cases/${detail.instanceId}`}>案件の詳細を見る</Link>
        </dd>
        {detail.businessLink && (
          <>
            <dt>業務</dt>
            <dd>
              <a href={detail.businessLink}>業務画面で開く</a>
            </dd>
          </>
        )}
      </dl>
      {route.data && <BusinessObject route={route.data} />}
      {route.data && <RouteView route={route.data} />}

      <section aria-labelledby="actions-heading">
        <h2 id="actions-heading">処理</h2>
        {done && <Notice kind="success">{done}</Notice>}
        {actions.length === 0 ? (
          <p>このタスクに対して今できる操作はありません。</p>
        ) : (
          <>
            <TextArea
              label="コメント"
              value={comment}
              maxLength={2000}
              onChange={(e) => setComment(e.target.value)}
              error={error instanceof ApiError ? error.fieldMessage('comment') : undefined}
            />
            {actions.includes('send-back') && (
              <div className="field">
                <label className="field__label" htmlFor="send-back-target">
                  差戻し先
                </label>
                <select id="send-back-target" value={target} onChange={(e) => setTarget(e.target.value)}>
                  <option value="">起案者（最初の手順）</option>
                  {detail.sendBackTargets.map((s) => (
                    <option key={s.elementId} value={s.elementId}>
                      {s.name ?? s.elementId}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {error && <Notice kind="error">{error instanceof ApiError ? error.message : error}</Notice>}
            <div className="actions">
              {actions.map((action) => (
                <button
                  key={action}
                  type="button"
                  className={`button${action === 'approve' ? '' : action === 'reject' ? ' button--danger' : ' button--secondary'}`}
                  disabled={busy}
                  onClick={() => void act(action)}
                >
                  {ACTION_LABELS[action]}
                </button>
              ))}
            </div>
            {actions.includes('approve') && (
              <ConsultPanel
                taskId={id}
                onDone={(message) => {
                  setDone(message);
                  void Promise.all([task.reload(), route.reload()]);
                }}
              />
            )}
          </>
        )}
      </section>
      {route.data ? <HistoryView history={route.data.history} /> : <HistoryView history={detail.history} />}
    </>
  );
}
