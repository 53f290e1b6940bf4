import { useState, type FormEvent } from 'react';
import { DateText, Loading, Notice, PageTitle, SelectField, TextField } from '../../shared/components';
import { Link } from '../../shared/router';
import { PlaceMap } from '../../portal/permits/PlaceMap';
import { useFeeAreas } from '../../portal/permits/fee-areas';
import { verticesOf } from '../../portal/permits/geometry';
import { END_LABELS, KIND_LABELS, STAGE_LABELS, STATUS_LABELS, yen } from '../../portal/permits/labels';
import type { ApplicationView, OccupancyCategory } from '../../portal/permits/types';
import { useApi } from '../useApi';

interface Filter {
  status: string;
  categoryCode: string;
  place: string;
  holder: string;
  expiringBy: string;
}

const FIRST: Filter = { status: 'reviewing', categoryCode: '', place: '', holder: '', expiringBy: '' };

function queryOf(filter: Filter): string {
  const params = new URLSearchParams(Object.entries(filter).filter(([, v]) => v.trim() !== ''));
  return params.size > 0 ? `?${params.toString()}` : '';
}

/**
 * The intake queue and register (占用台帳): applications as submitted, searchable by place, holder and category.
 * `admin` (permit.admin) also offers the import of historic permits.
 */
export function IntakePage({ admin }: { admin: boolean }) {
  const [form, setForm] = useState<Filter>(FIRST);
  const [query, setQuery] = useState(queryOf(FIRST));
  const list = useApi<ApplicationView[]>(`/api/permits/applications${query}`);
  const categories = useApi<OccupancyCategory[]>('/api/portal/permits/categories');
  const areas = useFeeAreas();
  const nameOf = (code: string) => categories.data?.find((c) => c.code === code)?.name ?? code;
  const set = (key: keyof Filter) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });

  const search = (event: FormEvent) => {
    event.preventDefault();
    setQuery(queryOf(form));
  };

  return (
    <>
      <PageTitle title="道路占用 受付・台帳">道路占用 受付・台帳</PageTitle>
      <p>
        <Link href="/staff/permits/new" className="button button--secondary">
          窓口での申請を入力
        </Link>
        {admin && (
          <>
            {' '}
            <Link href="/staff/permits/import" className="button button--secondary">
              過去の許可を取り込む
            </Link>
          </>
        )}
      </p>
      <form onSubmit={search} className="filters" role="search" aria-label="申請の検索">
        <SelectField
          label="状況"
          value={form.status}
          onChange={set('status')}
          choices={[
            { value: '', label: 'すべて' },
            ...Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label })),
          ]}
        />
        <SelectField
          label="占用物件"
          value={form.categoryCode}
          onChange={set('categoryCode')}
          choices={[
            { value: '', label: 'すべて' },
            ...(categories.data ?? []).map((c) => ({ value: c.code, label: c.name })),
          ]}
        />
        <TextField label="場所（住所・路線名）" value={form.place} onChange={set('place')} />
        <TextField label="占用者" value={form.holder} onChange={set('holder')} />
        <TextField
          label="この日までに満了（許可のみ）"
          type="date"
          value={form.expiringBy}
          onChange={set('expiringBy')}
        />
        <div className="actions">
          <button type="submit" className="button">
            検索
          </button>
        </div>
      </form>
      {list.error && <Notice kind="error">{list.error}</Notice>}
      {!list.data && !list.error && <Loading />}
      {list.data && list.data.length === 0 && <p>該当する申請はありません。</p>}
      {list.data && list.data.length > 0 && (
        <details>
          <summary>地図で見る（{list.data.length}件）</summary>
          <PlaceMap
            areas={areas}
            description={`検索結果${list.data.length}件の占用場所の地図`}
            shapes={list.data.map((a) => ({
              key: a.id,
              geometryType: a.geometry.type,
              vertices: verticesOf(a.geometry),
              label: `申請番号 ${a.id} ${nameOf(a.categoryCode)} ${a.address}`,
            }))}
          />
        </details>
      )}
      {list.data && list.data.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">申請の一覧（{list.data.length}件）</caption>
            <thead>
              <tr>
                <th scope="col">申請</th>
                <th scope="col">占用者</th>
                <th scope="col">場所</th>
                <th scope="col">状況</th>
                <th scope="col">占用期間</th>
                <th scope="col">占用料</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link href={`/staff/permits/applications/${a.id}`}>
                      申請番号 {a.id} {nameOf(a.categoryCode)}
                    </Link>
                    <br />
                    <small>
                      {KIND_LABELS[a.kind]}・<DateText value={a.submittedAt} />
                    </small>
                  </td>
                  <td>{a.holderName ?? '—'}</td>
                  <td>
                    {a.address}
                    <br />
                    <small>{a.roadName}</small>
                  </td>
                  <td>
                    {STAGE_LABELS[a.stage] ?? a.stage}
                    {a.end && (
                      <>
                        {' '}
                        <span className="badge">{END_LABELS[a.end.reason]}</span>
                        <br />
                        <small>
                          <DateText value={a.end.on} />
                          （申請番号 {a.end.byApplicationId}）
                        </small>
                      </>
                    )}
                    {a.permitNumber && (
                      <>
                        <br />
                        <small>{a.permitNumber}</small>
                      </>
                    )}
                  </td>
                  <td>
                    <DateText value={a.periodFrom} />〜<DateText value={a.periodTo} />
                  </td>
                  <td>{yen(a.quotedFeeYen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
