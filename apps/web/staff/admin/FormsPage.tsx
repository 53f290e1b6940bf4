import { useState, type FormEvent } from 'react';
import { api, ApiError, messageOf } from '../../shared/api';
import { CheckboxField, Loading, Notice, PageTitle, SelectField, TextArea, TextField } from '../../shared/components';
import { FIELD_TYPE_LABELS, FormFields, type FormValues } from '../FormFields';
import type { DefinitionKey, FormDef, FormFieldDef } from '../types';
import { useApi } from '../useApi';

interface Draft {
  formKey: string;
  processKey: string;
  name: string;
  description: string;
  fields: (FormFieldDef & { optionsText: string })[];
}

const NEW_FIELD: Draft['fields'][number] = {
  key: '',
  label: '',
  type: 'text',
  required: false,
  help: null,
  options: [],
  optionsText: '',
};

function draftOf(form: FormDef | null): Draft {
  if (!form)
    return { formKey: '', processKey: 'generic-request', name: '', description: '', fields: [{ ...NEW_FIELD }] };
  return {
    formKey: form.formKey,
    processKey: form.processKey,
    name: form.name,
    description: form.description ?? '',
    fields: form.fields.map((f) => ({ ...f, optionsText: f.options.join('\n') })),
  };
}

/** The fields as the API takes them: a select's options one per line, nothing else carries options. */
function fieldsOf(draft: Draft): FormFieldDef[] {
  return draft.fields.map(({ optionsText, ...f }) => ({
    ...f,
    help: f.help?.trim() ? f.help : null,
    options:
      f.type === 'select'
        ? optionsText
            .split('\n')
            .map((o) => o.trim())
            .filter(Boolean)
        : [],
  }));
}

function FieldEditor({
  index,
  field,
  error,
  onChange,
  onRemove,
  onMove,
  count,
}: {
  index: number;
  field: Draft['fields'][number];
  error: (path: string) => string | undefined;
  onChange: (patch: Partial<Draft['fields'][number]>) => void;
  onRemove: () => void;
  onMove: (delta: number) => void;
  count: number;
}) {
  const n = index + 1;
  return (
    <fieldset className="form-field-editor">
      <legend>項目{n}</legend>
      <TextField
        label={`項目${n}の項目名`}
        required
        value={field.label}
        onChange={(e) => onChange({ label: e.target.value })}
        error={error(`fields.${index}.label`)}
      />
      <TextField
        label={`項目${n}のキー`}
        hint="英小文字で始まる英数字（例: itemName）。プロセス変数の名前になります。"
        required
        value={field.key}
        onChange={(e) => onChange({ key: e.target.value })}
        error={error(`fields.${index}.key`)}
      />
      <SelectField
        label={`項目${n}の種類`}
        value={field.type}
        onChange={(e) => onChange({ type: e.target.value as FormFieldDef['type'] })}
        choices={Object.entries(FIELD_TYPE_LABELS).map(([value, label]) => ({ value, label }))}
        error={error(`fields.${index}.type`)}
      />
      {field.type === 'select' && (
        <TextArea
          label={`項目${n}の選択肢（1行に1つ）`}
          value={field.optionsText}
          onChange={(e) => onChange({ optionsText: e.target.value })}
          error={error(`fields.${index}.options`)}
        />
      )}
      <CheckboxField
        label={`項目${n}を必須にする`}
        checked={field.required}
        onChange={(e) => onChange({ required: e.target.checked })}
      />
      <TextField
        label={`項目${n}の説明`}
        maxLength={300}
        value={field.help ?? ''}
        onChange={(e) => onChange({ help: e.target.value })}
        error={error(`fields.${index}.help`)}
      />
      <div className="actions">
        <button type="button" className="button button--text" disabled={index === 0} onClick={() => onMove(-1)}>
          項目{n}を上へ
        </button>
        <button type="button" className="button button--text" disabled={index === count - 1} onClick={() => onMove(1)}>
          項目{n}を下へ
        </button>
        <button type="button" className="button button--text" onClick={onRemove}>
          項目{n}を削除
        </button>
      </div>
    </fieldset>
  );
}

function Editor({ initial, onPublished }: { initial: FormDef | null; onPublished: (form: FormDef) => void }) {
  const definitions = useApi<DefinitionKey[]>('/api/workflow/definitions');
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const [preview, setPreview] = useState<FormValues>({});
  const [error, setError] = useState<ApiError | string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const fieldError = (path: string) => (error instanceof ApiError ? error.fieldMessage(path) : undefined);
  const setField = (index: number, patch: Partial<Draft['fields'][number]>) =>
    setDraft({ ...draft, fields: draft.fields.map((f, i) => (i === index ? { ...f, ...patch } : f)) });
  const move = (index: number, delta: number) => {
    const fields = [...draft.fields];
    [fields[index], fields[index + delta]] = [fields[index + delta], fields[index]];
    setDraft({ ...draft, fields });
  };

  const publish = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setDone(null);
    if (!/^[a-z][a-z0-9-]{0,59}$/.test(draft.formKey)) {
      setError(
        new ApiError(
          400,
          '入力内容を確認してください。',
          [{ field: 'formKey', messages: ['フォームキーは英小文字・数字・「-」で60文字以内にしてください'] }],
          null,
        ),
      );
      return;
    }
    try {
      const published = await api<FormDef>('POST', `/api/workflow/forms/${draft.formKey}/versions`, {
        body: {
          processKey: draft.processKey,
          name: draft.name,
          description: draft.description || null,
          fields: fieldsOf(draft),
        },
      });
      setDone(`「${published.name}」を第${published.version}版として公開しました。`);
      onPublished(published);
    } catch (e) {
      setError(e instanceof ApiError ? e : messageOf(e));
    }
  };

  return (
    <div className="form-designer">
      <form onSubmit={publish} aria-labelledby="designer-heading" noValidate>
        <h2 id="designer-heading">
          {initial ? `「${initial.name}」を編集（次は第${initial.version + 1}版）` : '新しい申請様式'}
        </h2>
        <TextField
          label="フォームキー"
          hint="英小文字・数字・「-」（例: equipment-purchase）"
          required
          readOnly={initial !== null}
          value={draft.formKey}
          onChange={(e) => setDraft({ ...draft, formKey: e.target.value })}
          error={fieldError('formKey')}
        />
        <TextField
          label="様式名"
          required
          maxLength={100}
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          error={fieldError('name')}
        />
        <TextArea
          label="説明"
          maxLength={500}
          value={draft.description}
          onChange={(e) => setDraft({ ...draft, description: e.target.value })}
          error={fieldError('description')}
        />
        <SelectField
          label="回すワークフロー"
          required
          value={draft.processKey}
          onChange={(e) => setDraft({ ...draft, processKey: e.target.value })}
          choices={(definitions.data ?? [{ processKey: draft.processKey, name: null } as DefinitionKey]).map((d) => ({
            value: d.processKey,
            label: d.name ?? d.processKey,
          }))}
          error={fieldError('processKey')}
        />
        {draft.fields.map((f, i) => (
          <FieldEditor
            key={i}
            index={i}
            field={f}
            count={draft.fields.length}
            error={fieldError}
            onChange={(patch) => setField(i, patch)}
            onRemove={() => setDraft({ ...draft, fields: draft.fields.filter((_, j) => j !== i) })}
            onMove={(delta) => move(i, delta)}
          />
        ))}
        {fieldError('fields') && <Notice kind="error">{fieldError('fields')}</Notice>}
        <div className="actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setDraft({ ...draft, fields: [...draft.fields, { ...NEW_FIELD }] })}
          >
            項目を追加
          </button>
        </div>
        {error && <Notice kind="error">{error instanceof ApiError ? error.message : error}</Notice>}
        {done && <Notice kind="success">{done}</Notice>}
        <div className="actions">
          <button type="submit" className="button">
            公開する
          </button>
        </div>
      </form>
      <section aria-labelledby="preview-heading" className="form-preview">
        <h2 id="preview-heading">プレビュー</h2>
        <p>
          <strong>{draft.name || '（様式名）'}</strong>
        </p>
        <FormFields fields={fieldsOf(draft).filter((f) => f.key && f.label)} values={preview} onChange={setPreview} />
      </section>
    </div>
  );
}

/** 申請様式: forms without code, bound to a workflow, versioned; staff start them from the catalogue. */
export function FormsPage() {
  const forms = useApi<FormDef[]>('/api/workflow/forms');
  const [editing, setEditing] = useState<FormDef | null | undefined>(undefined);
  /** A new editor each time one is opened; publishing keeps it (and its message) open on the new version. */
  const [session, setSession] = useState(0);
  const open = (form: FormDef | null) => {
    setEditing(form);
    setSession((n) => n + 1);
  };
  return (
    <>
      <PageTitle title="申請様式">申請様式</PageTitle>
      {forms.error && <Notice kind="error">{forms.error}</Notice>}
      {!forms.data && !forms.error && <Loading />}
      {forms.data && (
        <ul>
          {forms.data.map((f) => (
            <li key={f.formKey}>
              {f.name}（{f.formKey}、第{f.version}版、{f.fields.length}項目）{' '}
              <button type="button" className="button button--text" onClick={() => open(f)}>
                「{f.name}」を編集
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={() => open(null)}>
          新しい申請様式を作る
        </button>
      </div>
      {editing !== undefined && (
        <Editor
          key={session}
          initial={editing}
          onPublished={(published) => {
            setEditing(published);
            void forms.reload();
          }}
        />
      )}
    </>
  );
}
