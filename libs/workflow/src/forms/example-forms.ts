import type { EntityManager } from 'typeorm';
import type { FormField } from './form-fields';
import { WorkflowForm } from './workflow-form.entity';

/** 備品購入依頼: the demo city's example of a form without code, started on 汎用申請's route. */
export const EXAMPLE_PURCHASE_FORM = {
  formKey: 'equipment-purchase',
  processKey: 'generic-request',
  name: '備品購入依頼',
  description: '10万円未満の備品・消耗品の購入を依頼します。係長・課長の順に回ります。',
  fields: [
    { key: 'title', label: '品名', type: 'text', required: true, help: '型番があれば書いてください', options: [] },
    { key: 'quantity', label: '数量', type: 'number', required: true, help: null, options: [] },
    { key: 'amount', label: '見積金額（税込）', type: 'yen', required: true, help: null, options: [] },
    { key: 'category', label: '区分', type: 'select', required: true, help: null, options: ['消耗品', '備品'] },
    { key: 'neededBy', label: '納期の希望', type: 'date', required: false, help: null, options: [] },
    { key: 'reason', label: '購入理由', type: 'multiline', required: true, help: null, options: [] },
    {
      key: 'budgetChecked',
      label: '予算の残額を確認した',
      type: 'checkbox',
      required: true,
      help: null,
      options: [],
    },
  ] satisfies FormField[],
};

/** Publishes the example form's first version unless the form exists already. */
export async function seedExampleForms(em: EntityManager): Promise<void> {
  const form = EXAMPLE_PURCHASE_FORM;
  if (await em.existsBy(WorkflowForm, { formKey: form.formKey })) return;
  await em.insert(WorkflowForm, {
    formKey: form.formKey,
    version: 1,
    processKey: form.processKey,
    name: form.name,
    description: form.description,
    fields: JSON.stringify(form.fields),
    createdByUserId: null,
    createdAt: new Date(),
  });
}
