import { checkFormValues, formDefinitionProblems, type FormField } from './form-fields';

const field = (key: string, type: FormField['type'], extra: Partial<FormField> = {}): FormField => ({
  key,
  label: key,
  type,
  required: false,
  help: null,
  options: [],
  ...extra,
});

describe('formDefinitionProblems', () => {
  it('accepts a form whose keys are unique and whose selects have choices', () => {
    expect(
      formDefinitionProblems([field('title', 'text'), field('kind', 'select', { options: ['机', '椅子'] })]),
    ).toEqual([]);
  });

  it.each<[string, FormField[], string, string]>([
    ['no fields', [], 'fields', '項目を1つ以上定義してください'],
    [
      'a key that is not camelCase ASCII',
      [field('品名', 'text')],
      'fields.0.key',
      'キーは英小文字で始まる英数字40文字以内にしてください',
    ],
    [
      'a reserved key',
      [field('formVersion', 'text')],
      'fields.0.key',
      'キー「formVersion」はシステムが使うため指定できません',
    ],
    ['a repeated key', [field('a', 'text'), field('a', 'number')], 'fields.1.key', 'キー「a」が重複しています'],
    ['a blank label', [field('a', 'text', { label: ' ' })], 'fields.0.label', '項目名を入力してください'],
    [
      'a select without choices',
      [field('a', 'select')],
      'fields.0.options',
      '選択肢を1つ以上、空欄なしで入力してください',
    ],
    ['repeated choices', [field('a', 'select', { options: ['x', 'x'] })], 'fields.0.options', '選択肢が重複しています'],
    [
      'choices on a text field',
      [field('a', 'text', { options: ['x'] })],
      'fields.0.options',
      '選択肢を指定できるのは選択式の項目だけです',
    ],
  ])('refuses %s', (_, fields, path, message) => {
    expect(formDefinitionProblems(fields)).toContainEqual({ field: path, messages: [message] });
  });
});

describe('checkFormValues', () => {
  const form = [
    field('title', 'text', { label: '品名', required: true }),
    field('note', 'multiline', { label: '理由' }),
    field('count', 'number', { label: '数量' }),
    field('price', 'yen', { label: '金額', required: true }),
    field('due', 'date', { label: '納期' }),
    field('kind', 'select', { label: '区分', options: ['消耗品', '備品'], required: true }),
    field('agreed', 'checkbox', { label: '確認', required: true }),
    field('urgent', 'checkbox', { label: '至急' }),
  ];
  const valid = { title: ' 椅子 ', count: '2', price: '12,000', due: '2026-04-30', kind: '備品', agreed: true };

  it('normalises valid values and leaves optional blanks out (an unticked box is false)', () => {
    expect(checkFormValues(form, valid)).toEqual({
      values: { title: '椅子', count: 2, price: 12000, due: '2026-04-30', kind: '備品', agreed: true, urgent: false },
      problems: [],
    });
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a missing required text', { title: '' }, 'values.title', '品名を入力してください'],
    ['a missing required select', { kind: undefined }, 'values.kind', '区分を選んでください'],
    ['an unticked required box', { agreed: false }, 'values.agreed', '確認にチェックしてください'],
    ['a non-boolean box', { urgent: 'yes' }, 'values.urgent', '至急はチェックの有無で指定してください'],
    ['a text that is not a string', { title: 5 }, 'values.title', '品名は文字で入力してください'],
    ['a text too long', { note: 'あ'.repeat(4001) }, 'values.note', '理由は4000文字以内で入力してください'],
    ['a number that is not one', { count: '二' }, 'values.count', '数量は数値で入力してください'],
    ['negative yen', { price: -1 }, 'values.price', '金額は0以上の整数（円）で入力してください'],
    ['fractional yen', { price: 1.5 }, 'values.price', '金額は0以上の整数（円）で入力してください'],
    ['an impossible date', { due: '2026-02-30' }, 'values.due', '納期は日付（YYYY-MM-DD）で入力してください'],
    ['a choice not offered', { kind: '土地' }, 'values.kind', '区分は選択肢から選んでください'],
    ['a field the form does not have', { extra: 1 }, 'values.extra', '「extra」はこのフォームにない項目です'],
  ])('refuses %s', (_, patch, path, message) => {
    const { problems } = checkFormValues(form, { ...valid, ...patch });
    expect(problems).toEqual([{ field: path, messages: [message] }]);
  });
});
