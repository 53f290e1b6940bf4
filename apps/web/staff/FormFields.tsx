import { CheckboxField, DateText, SelectField, TextArea, TextField } from '../shared/components';
import type { FormFieldDef } from './types';

export type FormValues = Record<string, string | boolean>;

export const FIELD_TYPE_LABELS: Record<FormFieldDef['type'], string> = {
  text: '文字（1行）',
  multiline: '文字（複数行）',
  number: '数値',
  yen: '金額（円）',
  date: '日付',
  select: '選択式',
  checkbox: 'チェック',
};

/** One field of an admin-defined form as staff fill it in. */
function FormFieldInput({
  field,
  value,
  error,
  onChange,
}: {
  field: FormFieldDef;
  value: string | boolean | undefined;
  error?: string;
  onChange: (value: string | boolean) => void;
}) {
  const common = { label: field.label, hint: field.help ?? undefined, error };
  const text = typeof value === 'string' ? value : '';
  switch (field.type) {
    case 'multiline':
      return (
        <TextArea
          {...common}
          required={field.required}
          maxLength={4000}
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'select':
      return (
        <SelectField
          {...common}
          required={field.required}
          value={text}
          onChange={(e) => onChange(e.target.value)}
          choices={[{ value: '', label: '選んでください' }, ...field.options.map((o) => ({ value: o, label: o }))]}
        />
      );
    case 'checkbox':
      return <CheckboxField {...common} checked={value === true} onChange={(e) => onChange(e.target.checked)} />;
    case 'date':
      return (
        <TextField
          {...common}
          required={field.required}
          type="date"
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'number':
    case 'yen':
      return (
        <TextField
          {...common}
          required={field.required}
          inputMode={field.type === 'yen' ? 'numeric' : 'decimal'}
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'text':
      return (
        <TextField
          {...common}
          required={field.required}
          maxLength={200}
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      );
  }
}

/** Every field of a form; `errorOf` gives the message the API (or the page) has for a field key. */
export function FormFields({
  fields,
  values,
  onChange,
  errorOf,
}: {
  fields: FormFieldDef[];
  values: FormValues;
  onChange: (values: FormValues) => void;
  errorOf?: (key: string) => string | undefined;
}) {
  return (
    <>
      {fields.map((f) => (
        <FormFieldInput
          key={f.key}
          field={f}
          value={values[f.key]}
          error={errorOf?.(f.key)}
          onChange={(v) => onChange({ ...values, [f.key]: v })}
        />
      ))}
    </>
  );
}

/** A submitted value as a reader expects it: 和暦 dates, yen with separators, はい/いいえ. */
export function FormValueText({ field, value }: { field: FormFieldDef; value: unknown }) {
  if (value === undefined || value === null || value === '') return <>—</>;
  if (field.type === 'date' && typeof value === 'string') return <DateText value={value} />;
  if (field.type === 'yen' && typeof value === 'number') return <>{value.toLocaleString('ja-JP')}円</>;
  if (field.type === 'checkbox') return <>{value === true ? 'はい' : 'いいえ'}</>;
  if (field.type === 'multiline') return <span style={{ whiteSpace: 'pre-wrap' }}>{String(value)}</span>;
  return <>{typeof value === 'number' ? value.toLocaleString('ja-JP') : String(value)}</>;
}
