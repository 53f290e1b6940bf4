import { useState, type FormEvent, type ReactNode } from 'react';
import { api } from '../../shared/api';
import { Loading, Notice, PageTitle, SelectField, TextField } from '../../shared/components';
import { formatDate } from '../../shared/format';
import { Link } from '../../shared/router';
import { useApi } from '../useApi';
import { RadioGroup } from './fields';
import {
  choicesOf,
  END_ACTION_LABELS,
  fiscalYearLabel,
  RECORD_FILE_STATUS_LABELS,
  RETENTION_CHOICES,
  retentionLabel,
} from './labels';
import { currentFiscalYear } from './dates';
import { useOrganisation } from './org';
import type { EndAction, FileCategory, OrgUnit, RecordFile } from './types';
import { useSubmission } from './useSubmission';

/** ファイル基準表: the records section keeps the categories and the record files with their retention. */
export function FilePlanPage() {
  const org = useOrganisation();
  const categories = useApi<FileCategory[]>('/api/documents/file-plan/categories');
  const [filter, setFilter] = useState({ unitId: '', fiscalYear: String(currentFiscalYear()), status: '' });
  const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v !== '')).toString();
  const files = useApi<RecordFile[]>(`/api/documents/file-plan/record-files?${query}`);
  const categoryName = (id: number) => categories.data?.find((c) => c.id === id)?.name ?? `ID ${id}`;
  return (
    <>
      <PageTitle title="ファイル基準表">ファイル基準表</PageTitle>
      <section aria-labelledby="files-heading">
        <h2 id="files-heading">簿冊</h2>
        <div className="filters">
          <SelectField
            label="課"
            value={filter.unitId}
            onChange={(e) => setFilter({ ...filter, unitId: e.target.value })}
            choices={[
              { value: '', label: 'すべて' },
              ...org.sections.map((s) => ({ value: String(s.id), label: s.name })),
            ]}
          />
          <TextField
            label="年度（西暦の開始年）"
            inputMode="numeric"
            value={filter.fiscalYear}
            onChange={(e) => setFilter({ ...filter, fiscalYear: e.target.value.replace(/[^0-9]/g, '') })}
          />
          <SelectField
            label="状況"
            value={filter.status}
            onChange={(e) => setFilter({ ...filter, status: e.target.value })}
            choices={[{ value: '', label: 'すべて' }, ...choicesOf(RECORD_FILE_STATUS_LABELS)]}
          />
        </div>
        {files.error && <Notice kind="error">{files.error}</Notice>}
        {!files.data && !files.error && <Loading />}
        {files.data && (
          <RecordFilesTable
            files={files.data}
            categoryName={categoryName}
            unitName={org.unitName}
            onChange={files.reload}
          />
        )}
        <RecordFileForm categories={categories.data ?? []} sections={org.sections} onCreated={files.reload} />
      </section>
      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading">分類</h2>
        {categories.error && <Notice kind="error">{categories.error}</Notice>}
        {categories.data && (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">分類コード</th>
                  <th scope="col">分類名</th>
                </tr>
              </thead>
              <tbody>
                {categories.data.map((c) => (
                  <tr key={c.id}>
                    <td>{c.code}</td>
                    <td>{c.name}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <CategoryForm onCreated={categories.reload} />
      </section>
    </>
  );
}

function RecordFilesTable({
  files,
  categoryName,
  unitName,
  onChange,
}: {
  files: RecordFile[];
  categoryName(id: number): string;
  unitName(id: number): string;
  onChange(): Promise<void>;
}) {
  if (files.length === 0) return <p>該当する簿冊はありません。</p>;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">簿冊名</th>
            <th scope="col">分類</th>
            <th scope="col">課</th>
            <th scope="col">年度</th>
            <th scope="col">保存期間</th>
            <th scope="col">満了時の措置</th>
            <th scope="col">状況</th>
            <th scope="col">保存期間の満了</th>
            <th scope="col">情報公開用の書き出し</th>
          </tr>
        </thead>
        <tbody>
          {files.map((f) => (
            <tr key={f.id}>
              <td>
                {f.title}
                {f.status === 'open' && <CompleteFile file={f} onCompleted={onChange} />}
              </td>
              <td>{categoryName(f.categoryId)}</td>
              <td>{unitName(f.unitId)}</td>
              <td>{fiscalYearLabel(f.fiscalYear)}</td>
              <td>{retentionLabel(f.retention)}</td>
              <td>{END_ACTION_LABELS[f.endAction]}</td>
              <td>
                {RECORD_FILE_STATUS_LABELS[f.status]}
                {f.completedOn && `（${formatDate(f.completedOn)} 完結）`}
                {f.disposalId !== null && (
                  <>
                    <br />
                    <Link href={`/staff/documents/disposals/${f.disposalId}`}>廃棄・移管の記録</Link>
                  </>
                )}
              </td>
              <td>{f.retentionEndsOn ? `${formatDate(f.retentionEndsOn)}まで` : f.completedOn ? '永年' : '—'}</td>
              <td>
                <ExportLinks file={f} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** 情報公開: the file's documents as a ZIP (目録.csv with the decided PDFs and attachments) or the 目録 alone. */
function ExportLinks({ file }: { file: RecordFile }) {
  const base = `/api/documents/file-plan/record-files/${file.id}`;
  return (
    <ul aria-label={`「${file.title}」の書き出し`}>
      <li>
        <a href={`${base}/export.zip`} download>
          ZIP（PDF・添付・目録）
        </a>
      </li>
      <li>
        <a href={`${base}/export.csv`} download>
          目録 CSV
        </a>
        （
        <a href={`${base}/export.csv?encoding=shift_jis`} download>
          Shift_JIS
        </a>
        ）
      </li>
    </ul>
  );
}

/** 完結: the file takes no more documents and its retention starts on the next 1 April. */
function CompleteFile({ file, onCompleted }: { file: RecordFile; onCompleted(): Promise<void> }) {
  const [completedOn, setCompletedOn] = useState('');
  const submission = useSubmission();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(async () => {
      await api('POST', `/api/documents/file-plan/record-files/${file.id}/complete`, { body: { completedOn } });
      await onCompleted();
      return '完結しました。';
    });
  };
  return (
    <details>
      <summary>完結する</summary>
      <form onSubmit={submit} noValidate>
        <TextField
          label={`「${file.title}」の完結日`}
          type="date"
          value={completedOn}
          onChange={(e) => setCompletedOn(e.target.value)}
          error={submission.field('completedOn') ?? submission.message ?? undefined}
        />
        <button type="submit" className="button button--secondary" disabled={submission.busy}>
          完結する
        </button>
      </form>
    </details>
  );
}

/** A form folded into a panel until needed, with its success and error messages. */
function FormPanel({
  summary,
  submitLabel,
  submission,
  onSubmit,
  children,
}: {
  summary: string;
  submitLabel: string;
  submission: ReturnType<typeof useSubmission>;
  onSubmit(event: FormEvent): void;
  children: ReactNode;
}) {
  return (
    <details className="docs-panel">
      <summary>{summary}</summary>
      <form onSubmit={onSubmit} noValidate className="narrow">
        {submission.done && <Notice kind="success">{submission.done}</Notice>}
        {children}
        {submission.message && <Notice kind="error">{submission.message}</Notice>}
        <button type="submit" className="button" disabled={submission.busy}>
          {submitLabel}
        </button>
      </form>
    </details>
  );
}

function RecordFileForm({
  categories,
  sections,
  onCreated,
}: {
  categories: FileCategory[];
  sections: OrgUnit[];
  onCreated(): Promise<void>;
}) {
  const [form, setForm] = useState({
    categoryId: '',
    unitId: '',
    title: '',
    fiscalYear: String(currentFiscalYear()),
    retention: '5',
    endAction: 'dispose' as EndAction,
  });
  const submission = useSubmission();
  const set = (key: keyof typeof form, value: string) => setForm((f) => ({ ...f, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(async () => {
      const created = await api<RecordFile>('POST', '/api/documents/file-plan/record-files', {
        body: {
          categoryId: Number(form.categoryId) || undefined,
          unitId: Number(form.unitId) || undefined,
          title: form.title.trim(),
          fiscalYear: Number(form.fiscalYear),
          retention: form.retention === 'permanent' ? 'permanent' : Number(form.retention),
          endAction: form.endAction,
        },
      });
      setForm((f) => ({ ...f, title: '' }));
      await onCreated();
      return `簿冊「${created.title}」を追加しました。`;
    });
  };
  return (
    <FormPanel summary="簿冊を追加" submitLabel="簿冊を追加する" submission={submission} onSubmit={submit}>
      <SelectField
        label="分類"
        required
        value={form.categoryId}
        onChange={(e) => set('categoryId', e.target.value)}
        error={submission.field('categoryId')}
        choices={[
          { value: '', label: '選んでください' },
          ...categories.map((c) => ({ value: String(c.id), label: `${c.code} ${c.name}` })),
        ]}
      />
      <SelectField
        label="課"
        required
        value={form.unitId}
        onChange={(e) => set('unitId', e.target.value)}
        error={submission.field('unitId')}
        choices={[
          { value: '', label: '選んでください' },
          ...sections.map((s) => ({ value: String(s.id), label: s.name })),
        ]}
      />
      <TextField
        label="簿冊名"
        required
        maxLength={200}
        value={form.title}
        onChange={(e) => set('title', e.target.value)}
        error={submission.field('title')}
      />
      <TextField
        label="年度（西暦の開始年）"
        required
        inputMode="numeric"
        hint={form.fiscalYear ? fiscalYearLabel(Number(form.fiscalYear)) : undefined}
        value={form.fiscalYear}
        onChange={(e) => set('fiscalYear', e.target.value.replace(/[^0-9]/g, ''))}
        error={submission.field('fiscalYear')}
      />
      <SelectField
        label="保存期間"
        value={form.retention}
        onChange={(e) => set('retention', e.target.value)}
        error={submission.field('retention')}
        choices={RETENTION_CHOICES.map((r) => ({ value: r, label: retentionLabel(r) }))}
      />
      <RadioGroup
        label="保存期間満了時の措置"
        name="endAction"
        value={form.endAction}
        onChange={(v) => set('endAction', v)}
        choices={choicesOf(END_ACTION_LABELS)}
        error={submission.field('endAction')}
      />
    </FormPanel>
  );
}

function CategoryForm({ onCreated }: { onCreated(): Promise<void> }) {
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const submission = useSubmission();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(async () => {
      await api('POST', '/api/documents/file-plan/categories', { body: { code: code.trim(), name: name.trim() } });
      setCode('');
      setName('');
      await onCreated();
      return `分類「${name.trim()}」を追加しました。`;
    });
  };
  return (
    <FormPanel summary="分類を追加" submitLabel="分類を追加する" submission={submission} onSubmit={submit}>
      <TextField
        label="分類コード"
        required
        hint="英数字と - の20文字以内（例: 01-03）"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={submission.field('code')}
      />
      <TextField
        label="分類名"
        required
        maxLength={100}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={submission.field('name')}
      />
    </FormPanel>
  );
}
