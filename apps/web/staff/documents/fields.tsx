import { useId, useRef, type ReactNode } from 'react';

// Form controls the documents screens need and apps/web/shared does not offer (yet): a radio group and a
// file picker whose files can be read as the API takes them (Base64).

interface FrameProps {
  label: string;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
}

function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <p id={`${id}-hint`} className="field__hint">
      {hint}
    </p>
  ) : null;
}

function ErrorText({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={`${id}-error`} className="field__error">
      {error}
    </p>
  ) : null;
}

export interface Choice {
  value: string;
  label: string;
}

/** Radio buttons under one legend, for a short closed list (公開区分). */
export function RadioGroup({
  label,
  hint,
  error,
  name,
  value,
  choices,
  onChange,
}: FrameProps & { name: string; value: string; choices: readonly Choice[]; onChange(value: string): void }) {
  const id = useId();
  return (
    <fieldset
      className={`field docs-fieldset${error ? ' field--error' : ''}`}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend className="field__label">{label}</legend>
      <Hint id={id} hint={hint} />
      {choices.map((c) => (
        <label key={c.value} className="docs-choice">
          <input
            type="radio"
            name={name}
            value={c.value}
            checked={value === c.value}
            onChange={() => onChange(c.value)}
          />{' '}
          {c.label}
        </label>
      ))}
      <ErrorText id={id} error={error} />
    </fieldset>
  );
}

/** A file as the attachment endpoints take it. */
export interface PickedFile {
  name: string;
  mediaType: string;
  contentBase64: string;
  size: number;
}

/** The API refuses attachments over 700 KB; saying so before the upload saves a round trip. */
export const MAX_ATTACHMENT_BYTES = 700 * 1024;

/** What the API accepts (it decides by the content; this only narrows the file picker). */
export const ATTACHMENT_ACCEPT =
  'application/pdf,.pdf,image/png,.png,image/jpeg,.jpg,.jpeg,' +
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document,.docx,' +
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,.xlsx';

export const ATTACHMENT_HINT = 'PDF・JPEG・PNG・Word（.docx）・Excel（.xlsx）、1ファイル 700KB まで。';

function base64Of(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function readPickedFiles(files: File[]): Promise<PickedFile[]> {
  return Promise.all(
    files.map(async (file) => ({
      name: file.name,
      mediaType: file.type || 'application/octet-stream',
      contentBase64: base64Of(await file.arrayBuffer()),
      size: file.size,
    })),
  );
}

/** A file input; oversize files are refused here with a message next to the field. */
export function FileField({
  label,
  hint,
  error,
  required,
  accept,
  multiple = false,
  maxBytes = MAX_ATTACHMENT_BYTES,
  onPick,
  onTooLarge,
}: FrameProps & {
  accept?: string;
  multiple?: boolean;
  maxBytes?: number;
  onPick(files: File[]): void;
  onTooLarge(name: string): void;
}) {
  const id = useId();
  const ref = useRef<HTMLInputElement>(null);
  const change = () => {
    const files = [...(ref.current?.files ?? [])];
    const tooLarge = files.find((f) => f.size > maxBytes);
    if (tooLarge) {
      onTooLarge(tooLarge.name);
      return;
    }
    onPick(files);
  };
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
        {required && <span className="field__required">必須</span>}
      </label>
      <Hint id={id} hint={hint} />
      <input
        ref={ref}
        id={id}
        type="file"
        className="input"
        accept={accept}
        multiple={multiple}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={change}
      />
      <ErrorText id={id} error={error} />
    </div>
  );
}

/** 12.3 KB */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** User names typed as a list (供覧先): separated by commas, 読点 or spaces. */
export function nameList(text: string): string[] {
  return text
    .split(/[,、\s]+/)
    .map((v) => v.trim())
    .filter(Boolean);
}
