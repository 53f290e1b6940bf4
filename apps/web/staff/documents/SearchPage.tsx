import { useState, type FormEvent } from 'react';
import { CheckboxField, Loading, Notice, PageTitle, SelectField, TextField } from '../../shared/components';
import { formatDate } from '../../shared/format';
import { Link, navigate, useLocation } from '../../shared/router';
import { useApi } from '../useApi';
import { DISCLOSURE_LABELS, STATUS_LABELS, choicesOf } from './labels';
import { useOrganisation } from './org';
import type { SearchResult } from './types';

const PAGE_SIZE = 20;
const CRITERIA = [
  'q',
  'docNumber',
  'title',
  'unitId',
  'kind',
  'status',
  'draftedFrom',
  'draftedTo',
  'recordFileId',
  'mine',
] as const;
type Criteria = Record<(typeof CRITERIA)[number], string>;

const SEARCH_PATH = '/staff/documents/search';

function criteriaOf(search: URLSearchParams): Criteria {
  return Object.fromEntries(CRITERIA.map((k) => [k, search.get(k) ?? ''])) as Criteria;
}

function queryOf(criteria: Criteria, offset: number): string {
  const params = new URLSearchParams();
  for (const k of CRITERIA) if (criteria[k].trim()) params.set(k, criteria[k].trim());
  if (offset > 0) params.set('offset', String(offset));
  return params.toString();
}

/**
 * 文書検索: number, title, section, dates and full text (two characters or more find every document that
 * contains them). The criteria live in the address, so a search can be bookmarked and the back button works.
 */
export function SearchPage() {
  const { search } = useLocation();
  const applied = criteriaOf(search);
  const offset = Number(search.get('offset') ?? 0) || 0;
  const [form, setForm] = useState<Criteria>(applied);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const org = useOrganisation();
  const asked = CRITERIA.some((k) => applied[k]);
  const apiQuery = `${queryOf(applied, offset)}&limit=${PAGE_SIZE}`;
  const result = useApi<SearchResult>(asked ? `/api/documents?${apiQuery}` : null);

  const set = (key: keyof Criteria, value: string) => setForm((f) => ({ ...f, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.q.trim() && Array.from(form.q.trim()).length < 2) {
      setProblem('2文字以上の語で検索してください。');
      return;
    }
    setProblem(undefined);
    navigate(`${SEARCH_PATH}?${queryOf(form, 0)}`);
  };
  const page = (to: number) => `${SEARCH_PATH}?${queryOf(applied, to)}`;
  return (
    <>
      <PageTitle title="文書検索">文書検索</PageTitle>
      <form onSubmit={submit} noValidate role="search" aria-label="文書検索">
        <TextField
          label="キーワード（全文）"
          hint="文書番号・件名・差出人・本文・PDF を検索します。2文字以上。"
          value={form.q}
          maxLength={100}
          onChange={(e) => set('q', e.target.value)}
          error={problem ?? (result.error && applied.q ? result.error : undefined)}
        />
        <CheckboxField
          label="自分の起案（作成中・回議中）だけ"
          checked={form.mine === 'true'}
          onChange={(e) => set('mine', e.target.checked ? 'true' : '')}
        />
        <div className="filters">
          <TextField
            label="文書番号（例: 港総第12号）"
            value={form.docNumber}
            onChange={(e) => set('docNumber', e.target.value)}
          />
          <TextField label="件名" value={form.title} onChange={(e) => set('title', e.target.value)} />
          <SelectField
            label="課"
            value={form.unitId}
            onChange={(e) => set('unitId', e.target.value)}
            choices={[
              { value: '', label: 'すべて' },
              ...org.sections.map((s) => ({ value: String(s.id), label: s.name })),
            ]}
          />
          <SelectField
            label="種別"
            value={form.kind}
            onChange={(e) => set('kind', e.target.value)}
            choices={[
              { value: '', label: 'すべて' },
              { value: 'draft', label: '起案文書' },
              { value: 'received', label: '収受文書' },
            ]}
          />
          <SelectField
            label="状況"
            value={form.status}
            onChange={(e) => set('status', e.target.value)}
            choices={[{ value: '', label: 'すべて' }, ...choicesOf(STATUS_LABELS)]}
          />
          <TextField
            label="起案日（から）"
            type="date"
            value={form.draftedFrom}
            onChange={(e) => set('draftedFrom', e.target.value)}
          />
          <TextField
            label="起案日（まで）"
            type="date"
            value={form.draftedTo}
            onChange={(e) => set('draftedTo', e.target.value)}
          />
        </div>
        {form.recordFileId && (
          <p>
            簿冊（ID {form.recordFileId}）の文書に絞り込んでいます。
            <button type="button" className="button button--text" onClick={() => set('recordFileId', '')}>
              絞り込みを外す
            </button>
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button">
            検索
          </button>
        </div>
      </form>
      {result.error && !applied.q && <Notice kind="error">{result.error}</Notice>}
      {asked && !result.data && !result.error && <Loading />}
      {result.data && (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">検索結果</h2>
          {result.data.items.length === 0 ? (
            <p>該当する文書はありません。</p>
          ) : (
            <>
              <p role="status">
                {offset + 1}件目から{offset + result.data.items.length}件目
                {result.data.hasMore && '（続きがあります）'}
              </p>
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">文書番号</th>
                      <th scope="col">件名</th>
                      <th scope="col">課</th>
                      <th scope="col">起案日・収受日</th>
                      <th scope="col">状況</th>
                      <th scope="col">公開区分</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.data.items.map((d) => (
                      <tr key={d.id}>
                        <td>{d.docNumber ?? '—'}</td>
                        <td>
                          <Link href={`/staff/documents/${d.id}`}>{d.title}</Link>
                        </td>
                        <td>{org.unitName(d.unitId)}</td>
                        <td>{formatDate(d.draftedOn)}</td>
                        <td>{STATUS_LABELS[d.status]}</td>
                        <td>{DISCLOSURE_LABELS[d.disclosure]}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          <nav aria-label="検索結果のページ" className="actions">
            {offset > 0 && (
              <Link href={page(Math.max(0, offset - PAGE_SIZE))} className="button button--secondary">
                前の{PAGE_SIZE}件
              </Link>
            )}
            {result.data.hasMore && (
              <Link href={page(offset + PAGE_SIZE)} className="button button--secondary">
                次の{PAGE_SIZE}件
              </Link>
            )}
          </nav>
        </section>
      )}
    </>
  );
}
