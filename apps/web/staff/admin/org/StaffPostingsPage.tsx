import { useState, type FormEvent } from 'react';
import { api, ApiError, messageOf } from '../../../shared/api';
import { CheckboxField, DateText, Loading, Notice, PageTitle, TextField } from '../../../shared/components';
import { todayInJapan } from '../../../shared/format';
import { useApi } from '../../useApi';
import { PostPicker, usePostChoices, type PostChoice } from '../../PostPicker';
import { OrgNav } from './OrgNav';
import { AbsencesSection } from './AbsencesSection';
import { postingState, POSTING_STATE_LABELS, type Posting, type StaffItem } from './org-types';

function PostingsTable({ postings, today }: { postings: Posting[]; today: string }) {
  if (postings.length === 0) return <p>配置はありません。</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">配置の一覧</caption>
        <thead>
          <tr>
            <th scope="col">組織</th>
            <th scope="col">職</th>
            <th scope="col">期間</th>
            <th scope="col">状態</th>
            <th scope="col">備考</th>
          </tr>
        </thead>
        <tbody>
          {postings.map((p) => {
            const state = postingState(p, today);
            return (
              <tr key={p.id}>
                <td>{p.unitName}</td>
                <td>
                  {p.positionName}
                  {p.concurrent && <span className="badge">兼務</span>}
                </td>
                <td>
                  <DateText value={p.startDate} />〜{p.endDate ? <DateText value={p.endDate} /> : ''}
                </td>
                <td>
                  <span className={state === 'planned' ? 'badge badge--planned' : undefined}>
                    {POSTING_STATE_LABELS[state]}
                  </span>
                </td>
                <td>{p.note ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function TransferForm({ staff, onDone }: { staff: StaffItem; onDone: () => void }) {
  const choices = usePostChoices();
  const [post, setPost] = useState<PostChoice>({ unitId: '', positionCode: '' });
  const [effectiveDate, setEffectiveDate] = useState('');
  const [endConcurrentPosts, setEndConcurrentPosts] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError | string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setDone(null);
    try {
      await api('POST', `/api/org/staff/${staff.id}/transfers`, {
        body: {
          unitId: Number(post.unitId) || undefined,
          positionCode: post.positionCode || undefined,
          effectiveDate: effectiveDate || undefined,
          endConcurrentPosts,
          note: note || null,
        },
      });
      setDone('異動を登録しました。');
      onDone();
    } catch (e) {
      setError(e instanceof ApiError ? e : messageOf(e));
    }
  };
  const fieldError = (f: string) => (error instanceof ApiError ? error.fieldMessage(f) : undefined);
  return (
    <form onSubmit={submit} aria-labelledby="transfer-heading" noValidate>
      <h3 id="transfer-heading">異動の登録</h3>
      <p>発令日が先の異動も登録できます。発令日までは「予定」と表示します。</p>
      <PostPicker
        unitLabel="異動先の組織"
        positionLabel="職"
        value={post}
        onChange={setPost}
        choices={choices}
        unitError={fieldError('unitId')}
        positionError={fieldError('positionCode')}
      />
      <TextField
        label="発令日"
        type="date"
        required
        value={effectiveDate}
        onChange={(e) => setEffectiveDate(e.target.value)}
        error={fieldError('effectiveDate')}
      />
      <CheckboxField
        label="兼務も前日で終了する"
        checked={endConcurrentPosts}
        onChange={(e) => setEndConcurrentPosts(e.target.checked)}
      />
      <TextField
        label="備考"
        maxLength={200}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={fieldError('note')}
      />
      {error && <Notice kind="error">{error instanceof ApiError ? error.message : error}</Notice>}
      {done && <Notice kind="success">{done}</Notice>}
      <div className="actions">
        <button type="submit" className="button">
          異動を登録する
        </button>
      </div>
    </form>
  );
}

function StaffDetail({ staff }: { staff: StaffItem }) {
  const today = todayInJapan();
  const postings = useApi<Posting[]>(`/api/org/postings?staffId=${staff.id}`);
  const sorted = [...(postings.data ?? [])].sort((a, b) => b.startDate.localeCompare(a.startDate));
  return (
    <section aria-labelledby="staff-heading">
      <h2 id="staff-heading">
        {staff.name}（{staff.employeeNo}）
      </h2>
      <h3>配置（過去・現在・予定）</h3>
      {postings.error && <Notice kind="error">{postings.error}</Notice>}
      {postings.data ? <PostingsTable postings={sorted} today={today} /> : !postings.error && <Loading />}
      <TransferForm staff={staff} onDone={() => void postings.reload()} />
      <AbsencesSection staffId={staff.id} />
    </section>
  );
}

/** A staff member's postings, with transfers registered ahead of their date, and absences. */
export function StaffPostingsPage() {
  const [q, setQ] = useState('');
  const [query, setQuery] = useState<string | null>(null);
  const results = useApi<{ items: StaffItem[]; total: number }>(
    query === null ? null : `/api/org/staff?${new URLSearchParams({ q: query, limit: '50' }).toString()}`,
  );
  const [selected, setSelected] = useState<StaffItem | null>(null);
  return (
    <>
      <PageTitle title="職員の配置・異動・不在">職員の配置・異動・不在</PageTitle>
      <OrgNav />
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setSelected(null);
          setQuery(q.trim());
        }}
      >
        <TextField
          label="職員を検索"
          hint="職員番号・氏名・カナ（空欄ですべて）"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <div className="actions">
          <button type="submit" className="button">
            検索
          </button>
        </div>
      </form>
      {results.error && <Notice kind="error">{results.error}</Notice>}
      {results.data && (
        <>
          <p>
            {results.data.total}件{results.data.total > results.data.items.length && '（先頭の50件）'}
          </p>
          <ul>
            {results.data.items.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="button button--text"
                  aria-pressed={selected?.id === s.id}
                  onClick={() => setSelected(s)}
                >
                  {s.name}（{s.employeeNo}）
                </button>{' '}
                <small>
                  {s.posts.map((p) => `${p.unitName} ${p.positionName}${p.concurrent ? '（兼務）' : ''}`).join('、')}
                </small>
              </li>
            ))}
          </ul>
        </>
      )}
      {selected && <StaffDetail key={selected.id} staff={selected} />}
    </>
  );
}
