import { useState, type FormEvent } from 'react';
import { api, ApiError, messageOf } from '../../shared/api';
import { Notice, SelectField, TextArea, TextField } from '../../shared/components';
import { PostPicker, usePostChoices, type PostChoice } from '../PostPicker';

interface StaffHit {
  id: number;
  employeeNo: string;
  name: string;
  posts: { unitName: string; positionName: string }[];
}

/** 合議: ask another section's post, or one person, about this step; they answer from their inbox. */
export function ConsultPanel({ taskId, onDone }: { taskId: number; onDone: (message: string) => void }) {
  const [mode, setMode] = useState<'post' | 'person'>('post');
  const choices = usePostChoices();
  const [post, setPost] = useState<PostChoice>({ unitId: '', positionCode: 'section-chief' });
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<StaffHit[] | null>(null);
  const [staffId, setStaffId] = useState('');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<ApiError | string | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldError = (f: string) => (error instanceof ApiError ? error.fieldMessage(f) : undefined);

  const search = async () => {
    setError(null);
    try {
      const found = await api<{ items: StaffHit[] }>(
        'GET',
        `/api/org/staff?${new URLSearchParams({ q, limit: '20' }).toString()}`,
      );
      setHits(found.items);
      setStaffId(found.items[0] ? String(found.items[0].id) : '');
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const target =
        mode === 'post'
          ? { unitId: Number(post.unitId) || undefined, positionCode: post.positionCode || undefined }
          : { staffId: Number(staffId) || undefined };
      const created = await api<{ assigneeLabel: string }>('POST', `/api/workflow/tasks/${taskId}/consult`, {
        body: { ...target, comment: comment || undefined },
      });
      setComment('');
      onDone(`${created.assigneeLabel}に合議を依頼しました。`);
    } catch (e) {
      setError(e instanceof ApiError ? e : messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} aria-labelledby="consult-heading" noValidate>
      <h3 id="consult-heading">合議を依頼する</h3>
      <fieldset>
        <legend>合議先の指定方法</legend>
        <label>
          <input type="radio" name="consult-mode" checked={mode === 'post'} onChange={() => setMode('post')} />{' '}
          組織と職で選ぶ
        </label>{' '}
        <label>
          <input type="radio" name="consult-mode" checked={mode === 'person'} onChange={() => setMode('person')} />{' '}
          職員を選ぶ
        </label>
      </fieldset>
      {mode === 'post' ? (
        <PostPicker
          unitLabel="合議先の組織"
          positionLabel="合議先の職"
          value={post}
          onChange={setPost}
          choices={choices}
          unitError={fieldError('unitId')}
          positionError={fieldError('positionCode')}
        />
      ) : (
        <>
          <TextField label="職員を検索（氏名・カナ・職員番号）" value={q} onChange={(e) => setQ(e.target.value)} />
          <div className="actions">
            <button type="button" className="button button--secondary" onClick={() => void search()}>
              職員を検索
            </button>
          </div>
          {hits && hits.length === 0 && <p>該当する職員はいません。</p>}
          {hits && hits.length > 0 && (
            <SelectField
              label="合議先の職員"
              required
              value={staffId}
              onChange={(e) => setStaffId(e.target.value)}
              choices={hits.map((s) => ({
                value: String(s.id),
                label: `${s.name}（${s.posts.map((p) => `${p.unitName} ${p.positionName}`).join('、') || s.employeeNo}）`,
              }))}
              error={fieldError('staffId')}
            />
          )}
        </>
      )}
      <TextArea
        label="合議の依頼内容"
        maxLength={2000}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        error={fieldError('comment')}
      />
      {error && <Notice kind="error">{error instanceof ApiError ? error.message : error}</Notice>}
      <div className="actions">
        <button type="submit" className="button button--secondary" disabled={busy || (mode === 'person' && !staffId)}>
          合議を依頼
        </button>
      </div>
    </form>
  );
}
