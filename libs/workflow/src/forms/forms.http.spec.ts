import { seedDemoCity, DEMO_ADMIN_TOTP_SECRET } from '../../../../seeds/demo-city';
import { startTestApp, type TestApp } from '../../../../test/support/test-app';
import { EXAMPLE_PURCHASE_FORM, seedExampleForms } from './example-forms';

describe('forms without code: publish, list, submit (e2e)', () => {
  let t: TestApp;
  let staff1: string;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoCity(t.dataSource);
    await seedExampleForms(t.dataSource.manager);
    staff1 = await t.login('staff1');
    admin = await t.loginWithMfa('admin', DEMO_ADMIN_TOTP_SECRET);
  });
  afterAll(() => t.close());

  const as = (token: string, zone: 'lgwan' | 'internet' = 'lgwan') => ({
    get: (path: string) => t.on(zone).get(path).set('Authorization', `Bearer ${token}`),
    post: (path: string, body: object) => t.on(zone).post(path).set('Authorization', `Bearer ${token}`).send(body),
  });

  const tripForm = {
    processKey: 'generic-request',
    name: '出張申請',
    fields: [
      { key: 'destination', label: '行き先', type: 'text', required: true },
      { key: 'departOn', label: '出発日', type: 'date', required: true, help: '和暦でなく西暦で' },
      { key: 'transport', label: '交通手段', type: 'select', required: true, options: ['鉄道', '公用車'] },
    ],
  };

  it('publishes versions for admins only and lists the current one', async () => {
    expect((await as(staff1).post('/api/workflow/forms/business-trip/versions', tripForm)).status).toBe(403);
    const first = await as(admin).post('/api/workflow/forms/business-trip/versions', tripForm);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ formKey: 'business-trip', version: 1, processKey: 'generic-request' });
    expect(first.body.fields[0]).toEqual({
      key: 'destination',
      label: '行き先',
      type: 'text',
      required: true,
      help: null,
      options: [],
    });
    const second = await as(admin).post('/api/workflow/forms/business-trip/versions', {
      ...tripForm,
      fields: [...tripForm.fields, { key: 'note', label: '備考', type: 'multiline', required: false }],
    });
    expect(second.body.version).toBe(2);

    const list = await as(staff1).get('/api/workflow/forms');
    expect(list.status).toBe(200);
    expect(list.body.map((f: { formKey: string; version: number }) => [f.formKey, f.version])).toEqual([
      ['business-trip', 2],
      [EXAMPLE_PURCHASE_FORM.formKey, 1],
    ]);
    expect((await as(staff1).get('/api/workflow/forms/business-trip/versions/1')).body.fields).toHaveLength(3);
  });

  it('refuses a form definition with a clear message per field, storing nothing', async () => {
    const bad = await as(admin).post('/api/workflow/forms/bad-form/versions', {
      ...tripForm,
      processKey: 'no-such-process',
      fields: [{ key: 'a', label: '区分', type: 'select', required: true, options: [] }],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([
      { field: 'fields.0.options', messages: ['選択肢を1つ以上、空欄なしで入力してください'] },
    ]);
    const noProcess = await as(admin).post('/api/workflow/forms/bad-form/versions', {
      ...tripForm,
      processKey: 'no-such-process',
    });
    expect(noProcess.status).toBe(422);
    expect(noProcess.body.errors).toEqual([
      { field: 'processKey', messages: ['ワークフロー「no-such-process」はありません'] },
    ]);
    const badType = await as(admin).post('/api/workflow/forms/bad-form/versions', {
      ...tripForm,
      fields: [{ key: 'a', label: 'A', type: 'file', required: true }],
    });
    expect(badType.status).toBe(400);
    expect((await as(staff1).get('/api/workflow/forms/bad-form')).status).toBe(404);
  });

  it('starts the bound process with the checked values as variables, the first step with the submitter', async () => {
    const res = await as(staff1).post(`/api/workflow/forms/${EXAMPLE_PURCHASE_FORM.formKey}/submissions`, {
      values: {
        title: '事務用椅子',
        quantity: '2',
        amount: '24,000',
        category: '備品',
        reason: '破損のため',
        budgetChecked: true,
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.processKey).toBe('generic-request');
    expect(res.body.businessKey).toMatch(/^FORM-\d{8}-[0-9A-F]{8}$/);
    const route = await as(staff1).get(`/api/web/cases/${res.body.id}`);
    expect(route.body.variables).toEqual({
      title: '事務用椅子',
      quantity: 2,
      amount: 24000,
      category: '備品',
      reason: '破損のため',
      budgetChecked: true,
      formKey: EXAMPLE_PURCHASE_FORM.formKey,
      formVersion: 1,
    });
    expect(res.body.openTasks).toHaveLength(1);
  });

  it('answers 422 with a Japanese message per field and starts nothing when values do not fit', async () => {
    const before = (await as(staff1).get('/api/web/my-requests')).body.length;
    const res = await as(staff1).post(`/api/workflow/forms/${EXAMPLE_PURCHASE_FORM.formKey}/submissions`, {
      values: { title: '', quantity: 'たくさん', amount: -5, category: '土地', reason: 'x', extra: 1 },
    });
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('入力内容を確認してください。');
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'values.extra', messages: ['「extra」はこのフォームにない項目です'] },
        { field: 'values.title', messages: ['品名を入力してください'] },
        { field: 'values.quantity', messages: ['数量は数値で入力してください'] },
        { field: 'values.amount', messages: ['見積金額（税込）は0以上の整数（円）で入力してください'] },
        { field: 'values.category', messages: ['区分は選択肢から選んでください'] },
        { field: 'values.budgetChecked', messages: ['予算の残額を確認したにチェックしてください'] },
      ]),
    );
    expect((await as(staff1).get('/api/web/my-requests')).body.length).toBe(before);
    expect((await as(staff1).post('/api/workflow/forms/no-such-form/submissions', { values: {} })).status).toBe(404);
    expect((await as(staff1).post('/api/workflow/forms/BAD KEY/submissions', { values: {} })).status).toBe(400);
  });
});
