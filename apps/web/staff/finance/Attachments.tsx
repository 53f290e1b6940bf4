import { useId, useState, type FormEvent } from 'react';
import { api, ApiError, messageOf } from '../../shared/api';
import { DateText, Notice, SelectField } from '../../shared/components';
import { ATTACHMENT_KINDS } from './finance-labels';
import type { Attachment } from './finance-types';

const MAX_BYTES = 10 * 1024 * 1024;

/** Uploads one file of a kind to a commitment or payment order (`base` is its API path). */
export function uploadAttachment(base: string, kind: string, file: File): Promise<Attachment> {
  const form = new FormData();
  form.append('attachmentKind', kind);
  form.append('file', file, file.name);
  return api<Attachment>('POST', `${base}/attachments`, { form });
}

/** A file picker with its label, hint and error, for the forms that take attachments. */
export function FilePicker({
  label,
  error,
  onChange,
}: {
  label: string;
  error?: string;
  onChange: (file: File | null) => void;
}) {
  const id = useId();
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        PDF・JPEG・PNG（10MBまで）。ファイルの中身を確かめ、無害化してから保存します。
      </p>
      <input
        id={id}
        type="file"
        accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.files?.[0] ?? null)}
      />
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * The attachments of a case with their versions, and (for its drafter) a form to add one. After the decision
 * the API takes only new versions of kinds already attached, and says so next to the file.
 */
export function Attachments({
  base,
  attachments,
  mayAdd,
  defaultKind,
  onAdded,
}: {
  base: string;
  attachments: Attachment[];
  mayAdd: boolean;
  /** 見積書 for a commitment, 請求書 for a payment order. */
  defaultKind: (typeof ATTACHMENT_KINDS)[number];
  onAdded: () => void;
}) {
  const [kind, setKind] = useState<string>(defaultKind);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [formKey, setFormKey] = useState(0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (!file) return setError('ファイルを選んでください。');
    if (file.size > MAX_BYTES) return setError('ファイルが大きすぎます。10MB以下にしてください。');
    setBusy(true);
    try {
      const added = await uploadAttachment(base, kind, file);
      setError(undefined);
      setDone(`${added.attachmentKind}（第${added.version}版）を添付しました。`);
      setFile(null);
      setFormKey((k) => k + 1);
      onAdded();
    } catch (e) {
      setError(e instanceof ApiError ? (e.fieldMessage('file') ?? e.message) : messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="attachments-heading">
      <h2 id="attachments-heading">添付ファイル</h2>
      {attachments.length === 0 ? (
        <p>添付ファイルはありません。</p>
      ) : (
        <ul>
          {attachments.map((a) => (
            <li key={a.id}>
              <a href={`${base}/attachments/${a.id}`} download>
                {a.attachmentKind} 第{a.version}版：{a.fileName}
              </a>{' '}
              （{Math.ceil(a.size / 1024)} KB、
              <DateText value={a.createdAt} withTime />
              {a.addedAfterDecision && '、決裁後に追加'}）
            </li>
          ))}
        </ul>
      )}
      {mayAdd && (
        <form key={formKey} onSubmit={submit} noValidate>
          <SelectField
            label="添付の種類"
            value={kind}
            onChange={(e) => setKind(e.target.value)}
            choices={ATTACHMENT_KINDS.map((k) => ({ value: k, label: k }))}
          />
          <FilePicker label="ファイル" error={error} onChange={setFile} />
          <div className="actions">
            <button type="submit" className="button button--secondary" disabled={busy}>
              添付する
            </button>
          </div>
          {done && <Notice kind="success">{done}</Notice>}
        </form>
      )}
    </section>
  );
}
