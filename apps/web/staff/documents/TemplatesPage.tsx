import { useState, type FormEvent } from 'react';
import { api } from '../../shared/api';
import { CheckboxField, DateText, Loading, Notice, PageTitle, TextArea, TextField } from '../../shared/components';
import { Link } from '../../shared/router';
import { useSession } from '../session';
import { useApi } from '../useApi';
import { RadioGroup } from './fields';
import { choicesOf, DECISION_CLASS_LABELS, DISCLOSURE_LABELS } from './labels';
import type { DecisionClass, DisclosureClass, DraftTemplate } from './types';
import { useSubmission } from './useSubmission';

interface TemplateForm {
  name: string;
  title: string;
  body: string;
  decisionClass: DecisionClass;
  disclosure: DisclosureClass;
  shared: boolean;
}

const EMPTY: TemplateForm = {
  name: '',
  title: '',
  body: '',
  decisionClass: 'document-routine',
  disclosure: 'public',
  shared: false,
};

/**
 * 文例: the section's templates for frequent drafts (and the city-wide ones, kept by the records section), to list,
 * add, edit and retire (廃止). Retired templates stay listed but are no longer offered on the 起案 screen.
 */
export function TemplatesPage() {
  const { me } = useSession();
  const records = me?.permissions.includes('documents.records') ?? false;
  const templates = useApi<DraftTemplate[]>('/api/documents/templates?includeRetired=true');
  const [editing, setEditing] = useState<DraftTemplate | null>(null);
  return (
    <>
      <PageTitle title="文例">文例</PageTitle>
      <p>よく使う起案の件名・伺い文・決裁区分・公開区分を文例として登録しておくと、起案の画面で選べます。</p>
      {templates.error && <Notice kind="error">{templates.error}</Notice>}
      {!templates.data && !templates.error && <Loading />}
      {templates.data && templates.data.length === 0 && <p>登録された文例はありません。</p>}
      {templates.data && templates.data.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>文例の一覧</caption>
            <thead>
              <tr>
                <th scope="col">文例名</th>
                <th scope="col">件名</th>
                <th scope="col">決裁区分</th>
                <th scope="col">公開区分</th>
                <th scope="col">対象</th>
                <th scope="col">状況</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {templates.data.map((t) => (
                <tr key={t.id}>
                  <td>{t.name}</td>
                  <td>{t.title}</td>
                  <td>{DECISION_CLASS_LABELS[t.decisionClass]}</td>
                  <td>{DISCLOSURE_LABELS[t.disclosure]}</td>
                  <td>{t.unitId === null ? '全庁共通' : '所属課'}</td>
                  <td>
                    {t.retiredAt ? (
                      <>
                        廃止（
                        <DateText value={t.retiredAt} />）
                      </>
                    ) : (
                      '使用中'
                    )}
                  </td>
                  <td>
                    {!t.retiredAt && (
                      <ul className="docs-actions" aria-label={`文例「${t.name}」の操作`}>
                        <li>
                          <Link href={`/staff/documents/new?template=${t.id}`}>この文例で起案</Link>
                        </li>
                        {t.maintainable && (
                          <>
                            <li>
                              <button type="button" className="button button--secondary" onClick={() => setEditing(t)}>
                                編集
                              </button>
                            </li>
                            <li>
                              <RetireButton template={t} onRetired={templates.reload} />
                            </li>
                          </>
                        )}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing ? (
        <TemplateEditor
          key={editing.id}
          template={editing}
          records={records}
          onSaved={async () => {
            setEditing(null);
            await templates.reload();
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <TemplateEditor records={records} onSaved={templates.reload} />
      )}
    </>
  );
}

function RetireButton({ template, onRetired }: { template: DraftTemplate; onRetired(): Promise<void> }) {
  const submission = useSubmission();
  const retire = () => {
    if (!window.confirm(`文例「${template.name}」を廃止しますか。起案の画面で選べなくなります。`)) return;
    void submission.run(async () => {
      await api('POST', `/api/documents/templates/${template.id}/retire`);
      await onRetired();
      return '廃止しました。';
    });
  };
  return (
    <>
      <button type="button" className="button button--secondary" onClick={retire} disabled={submission.busy}>
        廃止
      </button>
      {submission.message && <Notice kind="error">{submission.message}</Notice>}
    </>
  );
}

function TemplateEditor({
  template,
  records,
  onSaved,
  onCancel,
}: {
  template?: DraftTemplate;
  records: boolean;
  onSaved(): Promise<void>;
  onCancel?(): void;
}) {
  const [form, setForm] = useState<TemplateForm>(() =>
    template
      ? {
          name: template.name,
          title: template.title,
          body: template.body,
          decisionClass: template.decisionClass,
          disclosure: template.disclosure,
          shared: template.unitId === null,
        }
      : EMPTY,
  );
  const submission = useSubmission();
  const set = <K extends keyof TemplateForm>(key: K, value: TemplateForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(async () => {
      const body = {
        name: form.name.trim(),
        title: form.title.trim(),
        body: form.body,
        decisionClass: form.decisionClass,
        disclosure: form.disclosure,
        ...(records ? { shared: form.shared } : {}),
      };
      const saved = template
        ? await api<DraftTemplate>('PUT', `/api/documents/templates/${template.id}`, { body })
        : await api<DraftTemplate>('POST', '/api/documents/templates', { body });
      if (!template) setForm(EMPTY);
      await onSaved();
      return `文例「${saved.name}」を${template ? '更新' : '登録'}しました。`;
    });
  };
  const heading = template ? `文例「${template.name}」を編集` : '文例を追加';
  return (
    <section aria-labelledby="template-form-heading" className="docs-panel">
      <h2 id="template-form-heading">{heading}</h2>
      <form onSubmit={submit} noValidate className="narrow">
        {submission.done && <Notice kind="success">{submission.done}</Notice>}
        <TextField
          label="文例名"
          required
          maxLength={100}
          hint="起案の画面で選ぶときの名前"
          value={form.name}
          onChange={(e) => set('name', e.target.value)}
          error={submission.field('name')}
        />
        <TextField
          label="件名"
          required
          maxLength={200}
          value={form.title}
          onChange={(e) => set('title', e.target.value)}
          error={submission.field('title')}
        />
        <TextArea
          label="伺い文"
          rows={8}
          value={form.body}
          onChange={(e) => set('body', e.target.value)}
          error={submission.field('body')}
        />
        <RadioGroup
          label="決裁区分"
          name="template-decisionClass"
          value={form.decisionClass}
          onChange={(v) => set('decisionClass', v as DecisionClass)}
          choices={choicesOf(DECISION_CLASS_LABELS)}
          error={submission.field('decisionClass')}
        />
        <RadioGroup
          label="公開区分"
          name="template-disclosure"
          value={form.disclosure}
          onChange={(v) => set('disclosure', v as DisclosureClass)}
          choices={choicesOf(DISCLOSURE_LABELS)}
          error={submission.field('disclosure')}
        />
        {records && (
          <CheckboxField
            label="全庁共通の文例にする"
            hint="外すと所属課の職員だけが使えます。"
            checked={form.shared}
            onChange={(e) => set('shared', e.target.checked)}
            error={submission.field('shared')}
          />
        )}
        {submission.message && !submission.done && <Notice kind="error">{submission.message}</Notice>}
        <button type="submit" className="button" disabled={submission.busy}>
          {template ? '更新する' : '登録する'}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            編集をやめる
          </button>
        )}
      </form>
    </section>
  );
}
