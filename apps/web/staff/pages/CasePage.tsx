import { useState } from 'react';
import { api, messageOf } from '../../shared/api';
import { Loading, Notice, PageTitle } from '../../shared/components';
import { Link } from '../../shared/router';
import { BusinessObject, HistoryView, RouteView } from '../CaseView';
import { INSTANCE_STATUS_LABELS, labelOf } from '../labels';
import { useSession } from '../session';
import type { CaseRoute } from '../types';
import { useApi } from '../useApi';

/** A case as its drafter follows it: status, route with stamps, history; 取下げ while it runs. */
export function CasePage({ id }: { id: number }) {
  const { me } = useSession();
  const { data, error, reload } = useApi<CaseRoute>(`/api/web/cases/${id}`);
  const [actionError, setActionError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  if (error) return <Notice kind="error">{error}</Notice>;
  if (!data) return <Loading />;

  const withdraw = async () => {
    setActionError(null);
    try {
      await api('POST', `/api/workflow/instances/${id}/withdraw`, { body: {} });
      setDone('取り下げました。');
      await reload();
    } catch (e) {
      setActionError(messageOf(e));
    }
  };

  return (
    <>
      <PageTitle title={`案件 ${data.businessKey}`}>案件 {data.businessKey}</PageTitle>
      <p>
        状況: <strong data-testid="case-status">{labelOf(INSTANCE_STATUS_LABELS, data.status)}</strong>
      </p>
      {done && <Notice kind="success">{done}</Notice>}
      {data.openTaskIds.length > 0 && (
        <p>
          処理中のタスク:{' '}
          {data.openTaskIds.map((taskId) => (
            <Link key={taskId} href={`/staff/tasks/${taskId}`}>
              タスク {taskId}{' '}
            </Link>
          ))}
        </p>
      )}
      <BusinessObject route={data} />
      <RouteView route={data} />
      {data.status === 'running' && data.initiatorUserId === me?.id && (
        <section aria-labelledby="withdraw-heading">
          <h2 id="withdraw-heading">取下げ</h2>
          {actionError && <Notice kind="error">{actionError}</Notice>}
          <div className="actions">
            <button type="button" className="button button--danger" onClick={() => void withdraw()}>
              この申請を取り下げる
            </button>
          </div>
        </section>
      )}
      <HistoryView history={data.history} />
    </>
  );
}
