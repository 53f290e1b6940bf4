import { useState, type FormEvent } from 'react';
import { api, ApiError, messageOf } from '../../../shared/api';
import { DateText, Loading, Notice, PageTitle, TextField } from '../../../shared/components';
import { useApi } from '../../useApi';
import { PostPicker, usePostChoices } from '../../PostPicker';
import { OrgNav } from './OrgNav';
import type { Deputy } from './org-types';

const EMPTY = {
  unitId: '',
  positionCode: '',
  deputyUnitId: '',
  deputyPositionCode: '',
  priority: '1',
  startDate: '',
  endDate: '',
};

function DeputyForm({ onCreated }: { onCreated: () => void }) {
  const choices = usePostChoices();
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState<ApiError | string | null>(null);
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value });
  const fieldError = (f: string) => (error instanceof ApiError ? error.fieldMessage(f) : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await api('POST', '/api/org/deputies', {
        body: {
          unitId: Number(form.unitId) || undefined,
          positionCode: form.positionCode || undefined,
          deputyUnitId: Number(form.deputyUnitId) || undefined,
          deputyPositionCode: form.deputyPositionCode || undefined,
          priority: Number(form.priority),
          startDate: form.startDate || null,
          endDate: form.endDate || null,
        },
      });
      setForm(EMPTY);
      onCreated();
    } catch (e) {
      setError(e instanceof ApiError ? e : messageOf(e));
    }
  };
  return (
    <form onSubmit={submit} aria-labelledby="deputy-form-heading" noValidate>
      <h2 id="deputy-form-heading">代決者の指定</h2>
      <PostPicker
        unitLabel="決裁する職の組織"
        positionLabel="決裁する職"
        value={{ unitId: form.unitId, positionCode: form.positionCode }}
        onChange={(post) => setForm({ ...form, ...post })}
        choices={choices}
        unitError={fieldError('unitId')}
        positionError={fieldError('positionCode')}
      />
      <PostPicker
        unitLabel="代決する職の組織"
        positionLabel="代決する職"
        value={{ unitId: form.deputyUnitId, positionCode: form.deputyPositionCode }}
        onChange={(post) => setForm({ ...form, deputyUnitId: post.unitId, deputyPositionCode: post.positionCode })}
        choices={choices}
        unitError={fieldError('deputyUnitId')}
        positionError={fieldError('deputyPositionCode')}
      />
      <TextField
        label="順位"
        type="number"
        min={1}
        max={99}
        required
        value={form.priority}
        onChange={set('priority')}
        error={fieldError('priority')}
      />
      <TextField
        label="指定の開始日"
        hint="空欄なら開始日の定めなし"
        type="date"
        value={form.startDate}
        onChange={set('startDate')}
        error={fieldError('startDate')}
      />
      <TextField
        label="指定の終了日"
        hint="空欄なら定めなし"
        type="date"
        value={form.endDate}
        onChange={set('endDate')}
        error={fieldError('endDate')}
      />
      {error && <Notice kind="error">{error instanceof ApiError ? error.message : error}</Notice>}
      <div className="actions">
        <button type="submit" className="button">
          指定する
        </button>
      </div>
    </form>
  );
}

function DeputyPeriod({ deputy }: { deputy: Deputy }) {
  if (!deputy.startDate && !deputy.endDate) return <>定めなし</>;
  return (
    <>
      {deputy.startDate && <DateText value={deputy.startDate} />}〜
      {deputy.endDate && <DateText value={deputy.endDate} />}
    </>
  );
}

/** 代決者: for each deciding post, who decides in its holder's absence, in order of priority. */
export function DeputiesPage() {
  const deputies = useApi<Deputy[]>('/api/org/deputies');
  const [actionError, setActionError] = useState<string | null>(null);
  const remove = async (d: Deputy) => {
    setActionError(null);
    try {
      await api('DELETE', `/api/org/deputies/${d.id}`);
      await deputies.reload();
    } catch (e) {
      setActionError(messageOf(e));
    }
  };
  const sorted = [...(deputies.data ?? [])].sort(
    (a, b) =>
      a.unitName.localeCompare(b.unitName, 'ja') ||
      a.positionName.localeCompare(b.positionName, 'ja') ||
      a.priority - b.priority,
  );
  return (
    <>
      <PageTitle title="代決者">代決者</PageTitle>
      <OrgNav />
      <p>決裁する職の保有者が不在（職員の画面で登録）の間、順位の高い代決者のうち在席している人が代決します。</p>
      {deputies.error && <Notice kind="error">{deputies.error}</Notice>}
      {actionError && <Notice kind="error">{actionError}</Notice>}
      {!deputies.data && !deputies.error && <Loading />}
      {deputies.data && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">代決者の一覧</caption>
            <thead>
              <tr>
                <th scope="col">決裁する職</th>
                <th scope="col">順位</th>
                <th scope="col">代決する職</th>
                <th scope="col">期間</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((d) => (
                <tr key={d.id}>
                  <td>
                    {d.unitName} {d.positionName}
                  </td>
                  <td>第{d.priority}順位</td>
                  <td>
                    {d.deputyUnitName} {d.deputyPositionName}
                  </td>
                  <td>
                    <DeputyPeriod deputy={d} />
                  </td>
                  <td>
                    <button type="button" className="button button--text" onClick={() => void remove(d)}>
                      {d.unitName} {d.positionName}の第{d.priority}順位を解除
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <DeputyForm onCreated={() => void deputies.reload()} />
    </>
  );
}
