import { useState } from 'react';
import { DateText, Loading, Notice, PageTitle, Pager, SelectField } from '../../shared/components';
import { Link } from '../../shared/router';
import { INSTANCE_STATUS_LABELS, labelOf } from '../labels';
import type { MyRequestsPage as Page } from '../types';
import { useApi } from '../useApi';

const PAGE_SIZE = 20;

/** 自分の申請: every case I started, of any workflow, where it stands and who it waits for. */
export function MyRequestsPage() {
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(0);
  const query = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(page * PAGE_SIZE) });
  if (status) query.set('status', status);
  const { data, error } = useApi<Page>(`/api/workflow/my-requests?${query.toString()}`);
  return (
    <>
      <PageTitle title="自分の申請">自分の申請</PageTitle>
      <p>
        <Link href="/staff/new" className="button">
          新しく申請する
        </Link>
      </p>
      <div className="filters">
        <SelectField
          label="状況で絞り込み"
          value={status}
          onChange={(e) => {
            setStatus(e.target.value);
            setPage(0);
          }}
          choices={[
            { value: '', label: 'すべて' },
            ...Object.entries(INSTANCE_STATUS_LABELS).map(([value, label]) => ({ value, label })),
          ]}
        />
      </div>
      {error && <Notice kind="error">{error}</Notice>}
      {!data && !error && <Loading />}
      {data && data.total === 0 && <p>該当する申請はありません。</p>}
      {data && data.items.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">自分の申請（{data.total}件）</caption>
            <thead>
              <tr>
                <th scope="col">案件</th>
                <th scope="col">状況</th>
                <th scope="col">現在の手順（担当）</th>
                <th scope="col">更新日時</th>
                <th scope="col">起案日</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/staff/cases/${r.id}`}>{r.title ?? r.businessKey}</Link>
                    <br />
                    <small>
                      {r.processName ?? r.processKey} {r.businessKey}
                    </small>
                  </td>
                  <td>{labelOf(INSTANCE_STATUS_LABELS, r.status)}</td>
                  <td>
                    {r.openSteps.length === 0
                      ? '—'
                      : r.openSteps.map((s) => `${s.name ?? ''}（${s.assigneeLabel}）`).join('、')}
                  </td>
                  <td>
                    <DateText value={r.updatedAt} withTime />
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
      {data && <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onPage={setPage} />}
    </>
  );
}
