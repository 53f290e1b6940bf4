import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, messageOf } from '../../shared/api';
import { Loading, Notice, PageTitle, SelectField, TextArea, TextField } from '../../shared/components';
import { Link, navigate } from '../../shared/router';
import { useApi } from '../useApi';
import {
  ATTACHMENT_ACCEPT,
  ATTACHMENT_HINT,
  FileField,
  formatSize,
  nameList,
  readPickedFiles,
  RadioGroup,
  type PickedFile,
} from './fields';
import { choicesOf, DECISION_CLASS_LABELS, DISCLOSURE_LABELS } from './labels';
import { useOrganisation } from './org';
import { RecordFilePicker } from './RecordFilePicker';
import { PlannedRoute } from './RouteViews';
import { uploadAttachment } from './upload';
import type { CityDocument, DecisionClass, DisclosureClass, DraftTemplate, OrgUnit, PlannedStep } from './types';

interface DraftForm {
  title: string;
  body: string;
  recordFileId: string;
  disclosure: DisclosureClass;
  decisionClass: DecisionClass;
  consultUnits: string[];
  viewers: string;
}

const EMPTY: DraftForm = {
  title: '',
  body: '',
  recordFileId: '',
  disclosure: 'public',
  decisionClass: 'document-routine',
  consultUnits: [],
  viewers: '',
};

/** 起案: a new draft, or one being edited (before it is sent, or after 取下げ). */
export function DraftPage({ id, answers, template }: { id?: number; answers?: number; template?: number }) {
  const existing = useApi<CityDocument>(id ? `/api/documents/${id}` : null);
  if (id && existing.error) return <Notice kind="error">{existing.error}</Notice>;
  if (id && !existing.data) return <Loading />;
  return <DraftEditor document={existing.data} answers={answers} template={id ? undefined : template} />;
}

function formOf(document: CityDocument | undefined): DraftForm {
  if (!document) return EMPTY;
  return {
    title: document.title,
    body: document.body,
    recordFileId: String(document.recordFileId),
    disclosure: document.disclosure,
    decisionClass: document.decisionClass,
    consultUnits: document.consultUnits,
    viewers: document.viewers.join('、'),
  };
}

function DraftEditor({
  document,
  answers,
  template,
}: {
  document?: CityDocument;
  answers?: number;
  template?: number;
}) {
  const org = useOrganisation();
  const templates = useApi<DraftTemplate[]>('/api/documents/templates');
  const [form, setForm] = useState<DraftForm>(() => formOf(document));
  const [templateId, setTemplateId] = useState('');
  const [templateApplied, setTemplateApplied] = useState(false);
  const [draftId, setDraftId] = useState<number | undefined>(document?.id);
  const [pending, setPending] = useState<PickedFile[]>([]);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<ApiError | string | null>(null);
  const [busy, setBusy] = useState(false);
  const route = useRoutePlan(form);

  const set = <K extends keyof DraftForm>(key: K, value: DraftForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const applyTemplate = (value: string) => {
    setTemplateId(value);
    const template = templates.data?.find((t) => String(t.id) === value);
    if (template) {
      setForm((f) => ({
        ...f,
        title: template.title,
        body: template.body,
        decisionClass: template.decisionClass,
        disclosure: template.disclosure,
      }));
    }
  };

  // この文例で起案 (from the 文例 screen): the template is applied once, when the list has come.
  useEffect(() => {
    if (template && !templateApplied && templates.data) {
      setTemplateApplied(true);
      if (templates.data.some((t) => t.id === template)) applyTemplate(String(template));
    }
  });

  const save = async (send: boolean) => {
    setBusy(true);
    setError(null);
    setFileError(undefined);
    try {
      const fields = {
        title: form.title.trim(),
        body: form.body,
        recordFileId: Number(form.recordFileId) || undefined,
        disclosure: form.disclosure,
        decisionClass: form.decisionClass,
        consultUnits: form.consultUnits,
        viewers: nameList(form.viewers),
      };
      let savedId = draftId;
      // A new draft without files is written and sent in one call: a send the server refuses then saves nothing.
      const sendAtOnce = send && savedId === undefined && pending.length === 0;
      if (savedId === undefined) {
        const created = await api<CityDocument>('POST', '/api/documents/drafts', {
          body: {
            ...fields,
            ...(templateId ? { templateId: Number(templateId) } : {}),
            ...(answers ? { answersDocumentId: answers } : {}),
            ...(sendAtOnce ? { send: true } : {}),
          },
        });
        savedId = created.id;
        setDraftId(savedId);
      } else {
        await api('PATCH', `/api/documents/drafts/${savedId}`, { body: fields });
      }
      for (const file of pending) {
        try {
          await uploadAttachment(savedId, file);
        } catch (e) {
          setFileError(messageOf(e));
          return;
        }
      }
      setPending([]);
      if (send && !sendAtOnce) await api('POST', `/api/documents/drafts/${savedId}/submit`);
      navigate(`/staff/documents/${savedId}`);
    } catch (e) {
      setError(e instanceof ApiError ? e : messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(true);
  };

  const apiField = (field: string) => (error instanceof ApiError ? error.fieldMessage(field) : undefined);
  const heading = document ? `起案の修正（${document.docNumber ?? '番号は決裁時'}）` : '起案';
  return (
    <>
      <PageTitle title={heading}>{heading}</PageTitle>
      {answers && (
        <Notice kind="info">
          <Link href={`/staff/documents/${answers}`}>収受文書（ID {answers}）</Link>に回答する起案です。
        </Notice>
      )}
      {org.error && <Notice kind="error">{org.error}</Notice>}
      {org.loaded && !org.mySection && <Notice kind="error">本務の所属課に文書記号がないため、起案できません。</Notice>}
      <form onSubmit={submit} noValidate className="narrow">
        {!document && (
          <SelectField
            label="文例"
            hint="よく使う起案の文例から始められます。"
            value={templateId}
            onChange={(e) => applyTemplate(e.target.value)}
            error={
              apiField('templateId') ?? (templates.error ? `文例を読み込めません（${templates.error}）` : undefined)
            }
            choices={[
              { value: '', label: '使わない' },
              ...(templates.data ?? []).map((t) => ({ value: String(t.id), label: t.name })),
            ]}
          />
        )}
        <TextField
          label="件名"
          required
          maxLength={200}
          value={form.title}
          onChange={(e) => set('title', e.target.value)}
          error={apiField('title')}
        />
        <TextArea
          label="伺い文"
          hint="「標記の件について、下記のとおり実施してよろしいか伺います。」のように書きます。"
          rows={8}
          value={form.body}
          onChange={(e) => set('body', e.target.value)}
          error={apiField('body')}
        />
        <RecordFilePicker
          section={org.mySection}
          label="簿冊（ファイル基準表）"
          value={form.recordFileId}
          onChange={(v) => set('recordFileId', v)}
          error={apiField('recordFileId')}
        />
        <RadioGroup
          label="公開区分"
          name="disclosure"
          value={form.disclosure}
          onChange={(v) => set('disclosure', v as DisclosureClass)}
          choices={choicesOf(DISCLOSURE_LABELS)}
          hint="非公開の文書は、所属課・回議の関係者・監査担当だけが閲覧できます。"
          error={apiField('disclosure')}
        />
        <SelectField
          label="決裁区分"
          value={form.decisionClass}
          onChange={(e) => set('decisionClass', e.target.value as DecisionClass)}
          error={apiField('decisionClass')}
          choices={choicesOf(DECISION_CLASS_LABELS)}
        />
        <ConsultPicker
          sections={org.sections.filter((s) => s.id !== org.mySection?.id)}
          value={form.consultUnits}
          onChange={(v) => set('consultUnits', v)}
          error={apiField('consultUnits') ?? route.field('consultUnits')}
        />
        <TextField
          label="供覧先（ユーザー名）"
          hint="決裁の後に回覧する職員のユーザー名。複数は読点で区切ります。"
          value={form.viewers}
          onChange={(e) => set('viewers', e.target.value)}
          error={apiField('viewers') ?? route.field('viewers')}
        />
        <FileField
          label="添付ファイル"
          hint={
            pending.length > 0
              ? `追加するファイル: ${pending.map((p) => `${p.name}（${formatSize(p.size)}）`).join('、')}`
              : `${ATTACHMENT_HINT}送付後は差し替えできません。`
          }
          accept={ATTACHMENT_ACCEPT}
          multiple
          error={fileError}
          onPick={(files) => {
            setFileError(undefined);
            void readPickedFiles(files).then(setPending);
          }}
          onTooLarge={(name) => setFileError(`${name} は 700KB を超えています。`)}
        />
        <section aria-labelledby="plan-heading">
          <h2 id="plan-heading">回議経路（送付前の予定）</h2>
          {route.error && <Notice kind="error">{route.error.message}</Notice>}
          {route.steps ? <PlannedRoute steps={route.steps} /> : !route.error && <Loading />}
        </section>
        {error && <Notice kind="error">{error instanceof ApiError ? error.message : error}</Notice>}
        <div className="actions">
          <button type="submit" className="button" disabled={busy || !org.mySection}>
            回議に回す
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy || !org.mySection}
            onClick={() => void save(false)}
          >
            下書き保存
          </button>
        </div>
      </form>
    </>
  );
}

/** 合議: the other sections the draft is consulted with, one checkbox per section. */
function ConsultPicker({
  sections,
  value,
  onChange,
  error,
}: {
  sections: OrgUnit[];
  value: string[];
  onChange(codes: string[]): void;
  error?: string;
}) {
  const toggle = (code: string, on: boolean) => onChange(on ? [...value, code] : value.filter((c) => c !== code));
  return (
    <details className="docs-panel" open={value.length > 0 || undefined}>
      <summary>合議先の課を追加（{value.length}課）</summary>
      <fieldset className={`field docs-fieldset${error ? ' field--error' : ''}`}>
        <legend className="field__label">合議先の課</legend>
        {sections.map((s) => (
          <label key={s.code} className="docs-choice">
            <input
              type="checkbox"
              checked={value.includes(s.code)}
              onChange={(e) => toggle(s.code, e.target.checked)}
            />
            {s.name}
          </label>
        ))}
        {error && <p className="field__error">{error}</p>}
      </fieldset>
    </details>
  );
}

/** The planned route for the form's settings, asked again whenever they change. */
function useRoutePlan(form: DraftForm) {
  const [steps, setSteps] = useState<PlannedStep[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const viewers = nameList(form.viewers).join(',');
  const consult = form.consultUnits.join(',');
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      api<PlannedStep[]>('POST', '/api/documents/route-plan', {
        body: {
          decisionClass: form.decisionClass,
          consultUnits: consult ? consult.split(',') : [],
          viewers: viewers ? viewers.split(',') : [],
        },
      })
        .then((planned) => {
          if (!current) return;
          setSteps(planned);
          setError(null);
        })
        .catch((e: unknown) => {
          if (current) setError(e instanceof ApiError ? e : new ApiError(0, messageOf(e), [], null));
        });
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [form.decisionClass, consult, viewers]);
  return { steps, error, field: (name: string) => error?.fieldMessage(name) };
}
