import { memo, useCallback, useMemo, useState, type FormEvent } from 'react';
import { api, messageOf } from '../../shared/api';
import { DateText, Loading, Notice, PageTitle, Pager, TextArea } from '../../shared/components';
import { Link } from '../../shared/router';
import { CAPACITY_LABELS, labelOf, STEP_KIND_LABELS } from '../labels';
import type { BulkResult, DefinitionKey, Inbox, InboxItem } from '../types';
import { useApi } from '../useApi';

type SortKey = 'due' | 'newest' | 'oldest';

/**
 * Rows per page. The counts above the table cover the whole inbox; a page of 50 keeps the first paint and
 * every click quick even when a manager has hundreds of tasks waiting.
 */
const PAGE_SIZE = 50;

const BULK_RESULT_LABELS: Record<number, string> = {
  200: '承認しました',
  403: '権限がありません',
  404: '見つかりません',
  409: '他の操作が先に行われました',
  422: '処理できませんでした',
};

const InboxRow = memo(function InboxRow({
  item,
  processName,
  checked,
  onToggle,
}: {
  item: InboxItem;
  processName: string;
  checked: boolean;
  onToggle: (item: InboxItem) => void;
}) {
  return (
    <tr className={item.overdue ? 'overdue' : undefined}>
      <td>
        <input
          type="checkbox"
          id={`select-${item.id}`}
          checked={checked}
          onChange={() => onToggle(item)}
          aria-label={`${item.businessKey} ${item.name ?? ''} を選択`}
        />
      </td>
      <td>
        <Link href={`/staff/tasks/${item.id}`}>{item.businessKey}</Link>
        <br />
        <small>{processName}</small>
      </td>
      <td>
        {item.name ?? item.elementId}
        {item.capacity !== 'self' && <> （{labelOf(CAPACITY_LABELS, item.capacity)}）</>}
      </td>
      <td>{labelOf(STEP_KIND_LABELS, item.stepKind)}</td>
      <td>
        {item.dueAt ? <DateText value={item.dueAt} /> : 'なし'}
        {item.overdue && <span className="badge badge--overdue">期限超過</span>}
      </td>
      <td>
        <DateText value={item.createdAt} />
      </td>
    </tr>
  );
});

function nameOf(item: InboxItem): string {
  return `${item.businessKey} ${item.name ?? ''}`;
}

export function InboxPage() {
  const [stepKind, setStepKind] = useState('');
  const [businessType, setBusinessType] = useState('');
  const [sort, setSort] = useState<SortKey>('due');
  const [page, setPage] = useState(0);
  const query = new URLSearchParams({ sort, limit: String(PAGE_SIZE), offset: String(page * PAGE_SIZE) });
  if (stepKind) query.set('stepKind', stepKind);
  if (businessType) query.set('businessType', businessType);
  const { data: inbox, error, reload } = useApi<Inbox>(`/api/workflow/tasks?${query.toString()}`);
  const { data: definitions } = useApi<DefinitionKey[]>('/api/workflow/definitions');
  const processNames = useMemo(
    () => new Map((definitions ?? []).map((d) => [d.processKey, d.name ?? d.processKey])),
    [definitions],
  );
  /** Selected tasks by id, with what they are, so a selection may span pages and results still name them. */
  const [selected, setSelected] = useState<Map<number, string>>(new Map());
  const [comment, setComment] = useState('');
  const [results, setResults] = useState<Map<number, BulkResult>>(new Map());
  /** What each approved task was, so the results still name it after it left the inbox. */
  const [resultNames, setResultNames] = useState<Map<number, string>>(new Map());
  const [bulkError, setBulkError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const items = inbox?.items ?? [];
  const businessTypes = useMemo(
    () => [...new Set((inbox?.items ?? []).map((i) => i.businessType).filter((t): t is string => t !== null))],
    [inbox],
  );

  const toggle = useCallback(
    (item: InboxItem) =>
      setSelected((current) => {
        const next = new Map(current);
        if (next.has(item.id)) next.delete(item.id);
        else next.set(item.id, nameOf(item));
        return next;
      }),
    [],
  );
  const selectPage = () =>
    setSelected((current) => new Map([...current, ...items.map((i) => [i.id, nameOf(i)] as const)]));

  const bulkApprove = async (event: FormEvent) => {
    event.preventDefault();
    setBulkError(null);
    setBusy(true);
    try {
      const answer = await api<BulkResult[]>('POST', '/api/workflow/tasks/bulk-approve', {
        body: { taskIds: [...selected.keys()], comment: comment || undefined },
      });
      setResultNames(new Map(selected));
      setResults(new Map(answer.map((r) => [r.taskId, r])));
      setSelected(new Map());
      setComment('');
      await reload();
    } catch (e) {
      setBulkError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const resultRows = [...results.values()];
  const approvedCount = resultRows.filter((r) => r.status === 200).length;

  return (
    <>
      <PageTitle title="受信箱">受信箱</PageTitle>
      {error && <Notice kind="error">{error}</Notice>}
      {!inbox && !error && <Loading />}
      {inbox && (
        <>
          <h2 id="counts-heading">
            種類ごとの件数（全
            <span data-testid="inbox-total">{Object.values(inbox.countsByStepKind).reduce((a, b) => a + b, 0)}</span>
            件、うち期限超過
            {inbox.overdue}件）
          </h2>
          <ul className="counts" aria-labelledby="counts-heading">
            {Object.entries(STEP_KIND_LABELS).map(([kind, label]) => (
              <li key={kind}>
                {label}: <strong>{inbox.countsByStepKind[kind] ?? 0}</strong>件
              </li>
            ))}
          </ul>
          <div className="filters">
            <div className="field">
              <label className="field__label" htmlFor="filter-kind">
                種類で絞り込み
              </label>
              <select
                id="filter-kind"
                value={stepKind}
                onChange={(e) => {
                  setStepKind(e.target.value);
                  setPage(0);
                }}
              >
                <option value="">すべて</option>
                {Object.entries(STEP_KIND_LABELS).map(([kind, label]) => (
                  <option key={kind} value={kind}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="field__label" htmlFor="filter-type">
                業務種別で絞り込み
              </label>
              <select
                id="filter-type"
                value={businessType}
                onChange={(e) => {
                  setBusinessType(e.target.value);
                  setPage(0);
                }}
              >
                <option value="">すべて</option>
                {[...new Set([...businessTypes, ...(businessType ? [businessType] : [])])].map((t) => (
                  <option key={t} value={t}>
                    {t}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="field__label" htmlFor="sort">
                並び順
              </label>
              <select
                id="sort"
                value={sort}
                onChange={(e) => {
                  setSort(e.target.value as SortKey);
                  setPage(0);
                }}
              >
                <option value="due">期限が近い順</option>
                <option value="newest">新着順</option>
                <option value="oldest">古い順</option>
              </select>
            </div>
          </div>

          {resultRows.length > 0 && (
            <Notice kind={approvedCount === resultRows.length ? 'success' : 'error'}>
              一括承認の結果: {resultRows.length}件中 {approvedCount}件を承認しました。
              <ul>
                {resultRows.map((r) => (
                  <li key={r.taskId}>
                    {resultNames.get(r.taskId) ?? `タスク ${r.taskId}`}:{' '}
                    {BULK_RESULT_LABELS[r.status] ?? `エラー（${r.status}）`}
                    {r.status !== 200 && r.message ? `（${r.message}）` : ''}
                  </li>
                ))}
              </ul>
            </Notice>
          )}

          {items.length === 0 ? (
            <p>処理待ちのタスクはありません。</p>
          ) : (
            <form onSubmit={bulkApprove} aria-label="一括承認">
              <div className="table-wrap">
                <table>
                  <caption className="visually-hidden">処理待ちのタスク</caption>
                  <thead>
                    <tr>
                      <th scope="col">選択</th>
                      <th scope="col">件名</th>
                      <th scope="col">手順</th>
                      <th scope="col">種類</th>
                      <th scope="col">期限</th>
                      <th scope="col">受付日</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((item) => (
                      <InboxRow
                        key={item.id}
                        item={item}
                        processName={processNames.get(item.processKey) ?? item.processKey}
                        checked={selected.has(item.id)}
                        onToggle={toggle}
                      />
                    ))}
                  </tbody>
                </table>
              </div>
              <Pager page={page} pageSize={PAGE_SIZE} total={inbox.total} onPage={setPage} />
              <h2>一括承認</h2>
              <div className="actions">
                <button type="button" className="button button--secondary" onClick={selectPage}>
                  このページの{items.length}件をすべて選択
                </button>
                {selected.size > 0 && (
                  <button type="button" className="button button--text" onClick={() => setSelected(new Map())}>
                    選択を解除
                  </button>
                )}
              </div>
              <TextArea
                label="コメント（選択したすべてのタスクに付きます）"
                value={comment}
                maxLength={2000}
                onChange={(e) => setComment(e.target.value)}
              />
              {bulkError && <Notice kind="error">{bulkError}</Notice>}
              <div className="actions">
                <button type="submit" className="button" disabled={busy || selected.size === 0}>
                  選択した{selected.size}件を承認
                </button>
              </div>
            </form>
          )}
        </>
      )}
    </>
  );
}
