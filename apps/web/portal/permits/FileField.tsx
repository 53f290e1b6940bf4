import { useId } from 'react';
import { ATTACHMENT_ACCEPT, ATTACHMENT_HINT } from './attachments';

/** One attachment kind's file input, with its hint and the message about the chosen file. */
export function FileField({
  label,
  chosen,
  error,
  onChoose,
}: {
  label: string;
  chosen: File | undefined;
  error?: string;
  onChoose: (file: File | undefined) => void;
}) {
  const id = useId();
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {ATTACHMENT_HINT}
      </p>
      <input
        id={id}
        type="file"
        className="input"
        accept={ATTACHMENT_ACCEPT}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(e) => onChoose(e.target.files?.[0])}
      />
      {chosen && <p className="field__hint">選択中：{chosen.name}</p>}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
