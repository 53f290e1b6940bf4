import type { ValidationError } from 'class-validator';
import type { FieldProblem } from './domain-errors';

/** Japanese wording for class-validator constraints, so a person reads what to fix. */
const MESSAGES: Record<string, (c: Record<string, unknown>) => string> = {
  whitelistValidation: () => 'この項目は受け付けていません（不明な項目です）',
  isDefined: () => '必須項目です',
  isNotEmpty: () => '入力してください',
  isString: () => '文字列で入力してください',
  isInt: () => '整数で入力してください',
  isNumber: () => '数値で入力してください',
  isBoolean: () => 'true または false を指定してください',
  isArray: () => '配列で指定してください',
  isObject: () => 'オブジェクトで指定してください',
  isEmail: () => 'メールアドレスの形式で入力してください',
  isISO8601: () => '日付（YYYY-MM-DD）の形式で入力してください',
  isDateString: () => '日付（YYYY-MM-DD）の形式で入力してください',
  isEnum: () => '選択肢の中から指定してください',
  isIn: () => '選択肢の中から指定してください',
  matches: () => '形式が正しくありません',
  maxLength: (c) => `${c.max}文字以内で入力してください`,
  minLength: (c) => `${c.min}文字以上で入力してください`,
  length: () => '文字数が範囲外です',
  min: (c) => `${c.min}以上の値を入力してください`,
  max: (c) => `${c.max}以下の値を入力してください`,
  arrayMaxSize: (c) => `${c.max}件以内で指定してください`,
  arrayMinSize: (c) => `${c.min}件以上指定してください`,
  arrayNotEmpty: () => '1件以上指定してください',
  nestedValidation: () => '内容に誤りがあります',
};

function explain(error: ValidationError): string[] {
  const constraints = error.constraints ?? {};
  const args = (error as ValidationError & { contexts?: Record<string, unknown> }).contexts ?? {};
  return Object.entries(constraints).map(([name, english]) => {
    const wording = MESSAGES[name];
    // A message written on the decorator is already Japanese; keep it as it is.
    if (!wording || /[^ -~]/.test(english)) return english;
    const limits = extractLimits(english);
    return wording({ ...limits, ...(args[name] as object) });
  });
}

/** class-validator puts the limit only in its English text ("… longer than or equal to 5 …"). */
function extractLimits(english: string): Record<string, string> {
  const n = /(-?\d+(?:\.\d+)?)/.exec(english)?.[1];
  return n ? { min: n, max: n } : {};
}

/** Flattens nested validation errors into one list of `path: messages`. */
export function toFieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const messages = explain(error);
    if (messages.length > 0) problems.push({ field, messages });
    if (error.children?.length) problems.push(...toFieldProblems(error.children, field));
  }
  return problems;
}
