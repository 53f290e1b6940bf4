import { DateText, Loading, Notice, PageTitle } from '../../shared/components';
import { Link } from '../../shared/router';
import { INSTANCE_STATUS_LABELS, labelOf } from '../labels';
import type { MyRequest } from '../types';
import { useApi } from '../useApi';

export function MyRequestsPage() {
  const { data, error } = useApi<MyRequest[]>('/api/web/my-requests');
  return (
    <>
      <PageTitle title="自分の申請">自分の申請</PageTitle>
      <p>
        <Link href="/staff/new" className="button">
          新しく申請する
        </Link>
      </p>
      {error && <Notice kind="error">{error}</Notice>}
      {!data && !error && <Loading />}
      {data && data.length === 0 && <p>まだ申請はありません。</p>}
      {data && data.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">案件</th>
                <th scope="col">状況</th>
                <th scope="col">現在の手順</th>
                <th scope="col">起案日</th>
              </tr>
            </thead>
            <tbody>
              {data.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/staff/cases/${r.id}`}>{r.title ?? r.businessKey}</Link>
                    <br />
                    <small>{r.businessKey}</small>
                  </td>
                  <td>{labelOf(INSTANCE_STATUS_LABELS, r.status)}</td>
                  <td>
                    {r.openSteps.length === 0
                      ? '—'
                      : r.openSteps.map((s) => `${s.name ?? ''}（${s.assigneeLabel}）`).join('、')}
                  </td>
                  <td>
                    <DateText value={r.startedAt} />
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
