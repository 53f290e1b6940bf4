import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail, type Principal } from '@ringi/auth';
import { Clock, NotFoundError, Transactions, UnprocessableError } from '@ringi/platform';
import { WorkflowDefinition } from '../definition-store/entities/workflow-definition.entity';
import { InstanceService } from '../instances/instance.service';
import type { InstanceView } from '../instances/instance-views';
import { checkFormValues, formDefinitionProblems, type FormField } from './form-fields';
import { WorkflowForm } from './workflow-form.entity';

export interface FormView {
  formKey: string;
  version: number;
  processKey: string;
  name: string;
  description: string | null;
  fields: FormField[];
  createdAt: Date;
}

export interface FormInput {
  processKey: string;
  name: string;
  description?: string | null;
  fields: (Omit<FormField, 'help' | 'options'> & { help?: string | null; options?: string[] })[];
}

function view(row: WorkflowForm): FormView {
  return {
    formKey: row.formKey,
    version: row.version,
    processKey: row.processKey,
    name: row.name,
    description: row.description,
    fields: JSON.parse(row.fields) as FormField[],
    createdAt: row.createdAt,
  };
}

/** The field list as stored: help and options always present, text trimmed. */
export function normaliseFields(fields: FormInput['fields']): FormField[] {
  return fields.map((f) => ({
    key: f.key,
    label: f.label.trim(),
    type: f.type,
    required: f.required,
    help: f.help?.trim() ? f.help.trim() : null,
    options: f.type === 'select' ? (f.options ?? []).map((o) => o.trim()) : (f.options ?? []),
  }));
}

/** A case number the submitter need not invent: the JST day and a random suffix. */
function newBusinessKey(now: Date): string {
  const day = new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10).replaceAll('-', '');
  return `FORM-${day}-${randomBytes(4).toString('hex').toUpperCase()}`;
}

/**
 * Forms without code: admins publish versioned forms bound to a process; staff submit one, the values are
 * checked against it and start the process with them as instance variables.
 */
@Injectable()
export class FormsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly instances: InstanceService,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  /** The current (highest) version of every form. */
  list(): Promise<FormView[]> {
    return this.transactions.run(async (em) => {
      const rows = await em.find(WorkflowForm, { order: { formKey: 'ASC', version: 'DESC' } });
      const latest = new Map<string, WorkflowForm>();
      for (const row of rows) if (!latest.has(row.formKey)) latest.set(row.formKey, row);
      return [...latest.values()].map(view);
    });
  }

  current(formKey: string): Promise<FormView> {
    return this.transactions.run(async (em) => view(await this.currentRow(em, formKey)));
  }

  version(formKey: string, version: number): Promise<FormView> {
    return this.transactions.run(async (em) => {
      const row = await em.findOneBy(WorkflowForm, { formKey, version });
      if (!row) throw new NotFoundError(`フォーム「${formKey}」の第${version}版はありません。`);
      return view(row);
    });
  }

  /** Stores version N+1; submissions from now on use it, cases already started keep theirs. */
  async publish(formKey: string, input: FormInput, actorUserId: number | null): Promise<FormView> {
    const fields = normaliseFields(input.fields);
    const problems = formDefinitionProblems(fields);
    if (problems.length > 0) throw new UnprocessableError('フォームの定義に問題があります。', problems);
    return this.transactions.run(async (em) => {
      if (!(await em.existsBy(WorkflowDefinition, { processKey: input.processKey }))) {
        throw new UnprocessableError('フォームの定義に問題があります。', [
          { field: 'processKey', messages: [`ワークフロー「${input.processKey}」はありません`] },
        ]);
      }
      const existing = await em.find(WorkflowForm, {
        where: { formKey },
        order: { version: 'DESC' },
        take: 1,
        ...this.transactions.lock,
      });
      const row = em.create(WorkflowForm, {
        formKey,
        version: (existing[0]?.version ?? 0) + 1,
        processKey: input.processKey,
        name: input.name.trim(),
        description: input.description?.trim() ? input.description.trim() : null,
        fields: JSON.stringify(fields),
        createdByUserId: actorUserId,
        createdAt: this.clock.now(),
      });
      await em.insert(WorkflowForm, row);
      await this.audit.record({
        action: 'workflow.form.published',
        targetType: 'workflow-form',
        targetId: `${formKey}:v${row.version}`,
        capacity: 'admin',
        detail: { processKey: row.processKey, fields: fields.length },
      });
      return view(row);
    });
  }

  /** Checks the values against the form's current version and starts its process with them. */
  async submit(formKey: string, submitted: Record<string, unknown>, principal: Principal): Promise<InstanceView> {
    const form = await this.current(formKey);
    const { values, problems } = checkFormValues(form.fields, submitted);
    if (problems.length > 0) throw new UnprocessableError('入力内容を確認してください。', problems);
    return this.instances.start(
      {
        definitionKey: form.processKey,
        businessKey: newBusinessKey(this.clock.now()),
        // Without a 件名 field the case is listed under the form's name.
        variables: { title: form.name, ...values, formKey: form.formKey, formVersion: form.version },
      },
      principal,
    );
  }

  private async currentRow(em: EntityManager, formKey: string): Promise<WorkflowForm> {
    const row = await em.findOne(WorkflowForm, { where: { formKey }, order: { version: 'DESC' } });
    if (!row) throw new NotFoundError(`フォーム「${formKey}」はありません。`);
    return row;
  }
}
