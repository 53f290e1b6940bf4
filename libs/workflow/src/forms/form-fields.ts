/**
 * Forms without code (簡易ワークフロー): the fields an admin defines for a process, and the checks on what
 * staff submit. Pure rules, shared by the API and its tests.
 */

export const FIELD_TYPES = ['text', 'multiline', 'number', 'yen', 'date', 'select', 'checkbox'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface FormField {
  key: string;
  label: string;
  type: FieldType;
  required: boolean;
  help: string | null;
  /** The choices of a select field; empty for every other type. */
  options: string[];
}

export interface FieldProblem {
  field: string;
  messages: string[];
}

export const MAX_FIELDS = 40;
export const FIELD_KEY_PATTERN = /^[a-z][A-Za-z0-9]{0,39}$/;
/** Variables the form itself sets on the instance; a field may not overwrite them. */
export const RESERVED_KEYS: readonly string[] = ['formKey', 'formVersion'];
const TEXT_MAX: Record<'text' | 'multiline', number> = { text: 200, multiline: 4000 };
const MAX_YEN = 1_000_000_000_000;

function problem(field: string, message: string): FieldProblem {
  return { field, messages: [message] };
}

/** What is wrong with a form's fields as an admin defined them (empty when it can be published). */
export function formDefinitionProblems(fields: readonly FormField[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (fields.length === 0) problems.push(problem('fields', '項目を1つ以上定義してください'));
  if (fields.length > MAX_FIELDS) problems.push(problem('fields', `項目は${MAX_FIELDS}個までです`));
  const seen = new Set<string>();
  fields.forEach((f, i) => {
    const at = `fields.${i}`;
    if (!FIELD_KEY_PATTERN.test(f.key)) {
      problems.push(problem(`${at}.key`, 'キーは英小文字で始まる英数字40文字以内にしてください'));
    } else if (RESERVED_KEYS.includes(f.key)) {
      problems.push(problem(`${at}.key`, `キー「${f.key}」はシステムが使うため指定できません`));
    } else if (seen.has(f.key)) {
      problems.push(problem(`${at}.key`, `キー「${f.key}」が重複しています`));
    }
    seen.add(f.key);
    if (f.label.trim() === '') problems.push(problem(`${at}.label`, '項目名を入力してください'));
    if (f.type === 'select') {
      const options = f.options.map((o) => o.trim());
      if (options.length === 0 || options.some((o) => o === '')) {
        problems.push(problem(`${at}.options`, '選択肢を1つ以上、空欄なしで入力してください'));
      } else if (new Set(options).size !== options.length) {
        problems.push(problem(`${at}.options`, '選択肢が重複しています'));
      }
    } else if (f.options.length > 0) {
      problems.push(problem(`${at}.options`, '選択肢を指定できるのは選択式の項目だけです'));
    }
  });
  return problems;
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function requiredMessage(f: FormField): string {
  if (f.type === 'select') return `${f.label}を選んでください`;
  if (f.type === 'checkbox') return `${f.label}にチェックしてください`;
  return `${f.label}を入力してください`;
}

/** One submitted value checked against its field: the value to store, or the message to show. */
function checkValue(f: FormField, raw: unknown): { value: unknown } | { message: string } {
  switch (f.type) {
    case 'text':
    case 'multiline': {
      if (typeof raw !== 'string') return { message: `${f.label}は文字で入力してください` };
      const max = TEXT_MAX[f.type];
      return raw.length > max ? { message: `${f.label}は${max}文字以内で入力してください` } : { value: raw.trim() };
    }
    case 'number': {
      const n = typeof raw === 'string' ? Number(raw.trim()) : raw;
      return typeof n === 'number' && Number.isFinite(n)
        ? { value: n }
        : { message: `${f.label}は数値で入力してください` };
    }
    case 'yen': {
      const n = typeof raw === 'string' ? Number(raw.trim().replace(/,/g, '')) : raw;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
        return { message: `${f.label}は0以上の整数（円）で入力してください` };
      }
      return n > MAX_YEN ? { message: `${f.label}が大きすぎます` } : { value: n };
    }
    case 'date':
      return typeof raw === 'string' && isCalendarDate(raw)
        ? { value: raw }
        : { message: `${f.label}は日付（YYYY-MM-DD）で入力してください` };
    case 'select':
      return typeof raw === 'string' && f.options.includes(raw)
        ? { value: raw }
        : { message: `${f.label}は選択肢から選んでください` };
    case 'checkbox':
      return typeof raw === 'boolean' ? { value: raw } : { message: `${f.label}はチェックの有無で指定してください` };
  }
}

/**
 * Checks what staff submitted against the form: every required field present, every value of its type,
 * nothing the form does not define. Answers the normalised values, or one problem per field (`values.<key>`).
 */
export function checkFormValues(
  fields: readonly FormField[],
  submitted: Record<string, unknown>,
): { values: Record<string, unknown>; problems: FieldProblem[] } {
  const values: Record<string, unknown> = {};
  const problems: FieldProblem[] = [];
  const known = new Set(fields.map((f) => f.key));
  for (const key of Object.keys(submitted)) {
    if (!known.has(key)) problems.push(problem(`values.${key}`, `「${key}」はこのフォームにない項目です`));
  }
  for (const f of fields) {
    const raw = submitted[f.key];
    const at = `values.${f.key}`;
    const blank = f.type === 'checkbox' ? raw === undefined || raw === false : isBlank(raw);
    if (blank) {
      if (f.required) problems.push(problem(at, requiredMessage(f)));
      else if (f.type === 'checkbox') values[f.key] = false;
      continue;
    }
    const checked = checkValue(f, raw);
    if ('message' in checked) problems.push(problem(at, checked.message));
    else values[f.key] = checked.value;
  }
  return { values, problems };
}
