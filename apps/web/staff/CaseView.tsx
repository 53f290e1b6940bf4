import { Fragment } from 'react';
import { DateText, Notice } from '../shared/components';
import { CAPACITY_LABELS, HISTORY_ACTION_LABELS, labelOf, STEP_KIND_LABELS } from './labels';
import { FormValueText } from './FormFields';
import type { CaseRoute, FormDef, HistoryLine, RouteStep } from './types';
import { useApi } from './useApi';

const STATE_LABELS: Record<RouteStep['state'], string> = {
  done: '済',
  current: '処理中',
  pending: '未着',
  ended: '終了',
};

/** Where a case started from a form records the form's key and version. */
function formOf(variables: Record<string, unknown>): string | null {
  const { formKey, formVersion } = variables;
  return typeof formKey === 'string' && typeof formVersion === 'number'
    ? `/api/workflow/forms/${encodeURIComponent(formKey)}/versions/${formVersion}`
    : null;
}

/** The values submitted through a form, each under the label the form gave it. */
function FormValues({ form, variables }: { form: FormDef; variables: Record<string, unknown> }) {
  return (
    <>
      <dt>申請様式</dt>
      <dd>{form.name}</dd>
      {form.fields.map((f) => (
        <Fragment key={f.key}>
          <dt>{f.label}</dt>
          <dd data-testid={`form-value-${f.key}`}>
            <FormValueText field={f} value={variables[f.key]} />
          </dd>
        </Fragment>
      ))}
    </>
  );
}

/** The business object of a case: what was asked, as the drafter wrote it (with a form's labels). */
export function BusinessObject({ route }: { route: CaseRoute }) {
  const formPath = formOf(route.variables);
  const form = useApi<FormDef>(formPath);
  const { title, body, amount } = route.variables as { title?: unknown; body?: unknown; amount?: unknown };
  return (
    <section aria-labelledby="object-heading">
      <h2 id="object-heading">案件</h2>
      <dl className="summary">
        <dt>案件番号</dt>
        <dd>{route.businessKey}</dd>
        <dt>ワークフロー</dt>
        <dd>
          {route.processName ?? route.processKey}
          {route.version !== null && `（第${route.version}版）`}
        </dd>
        {formPath && form.data && <FormValues form={form.data} variables={route.variables} />}
        {!formPath && typeof title === 'string' && (
          <>
            <dt>件名</dt>
            <dd>{title}</dd>
          </>
        )}
        {!formPath && typeof body === 'string' && (
          <>
            <dt>内容</dt>
            <dd style={{ whiteSpace: 'pre-wrap' }}>{body}</dd>
          </>
        )}
        {!formPath && typeof amount === 'number' && (
          <>
            <dt>金額</dt>
            <dd>{amount.toLocaleString('ja-JP')}円</dd>
          </>
        )}
        <dt>起案日</dt>
        <dd>
          <DateText value={route.startedAt} withTime />
        </dd>
      </dl>
      {form.error && <Notice kind="error">{form.error}</Notice>}
    </section>
  );
}

function Stamp({ step }: { step: RouteStep }) {
  if (!step.stamp) {
    return (
      <span className="stamp stamp--empty" aria-hidden="true">
        {STATE_LABELS[step.state]}
      </span>
    );
  }
  const capacity = labelOf(CAPACITY_LABELS, step.stamp.capacity);
  return (
    <span className="stamp">
      <span className="stamp__name">{step.stamp.actorName ?? '—'}</span>
      <span>{labelOf(HISTORY_ACTION_LABELS, step.stamp.action)}</span>
      {capacity && <span>{capacity}</span>}
    </span>
  );
}

/** The route of a case (回議), one box per step with its stamp: who, when, in what capacity. */
export function RouteView({ route }: { route: CaseRoute }) {
  return (
    <section aria-labelledby="route-heading">
      <h2 id="route-heading">回議経路</h2>
      <ol className="route" data-testid="route">
        {route.steps.map((step) => (
          <li
            key={step.elementId}
            className={`route__step${step.state === 'current' ? ' route__step--current' : ''}`}
            aria-current={step.state === 'current' ? 'step' : undefined}
          >
            <div>
              <strong>{step.name ?? step.elementId}</strong>
            </div>
            <div>
              <small>{labelOf(STEP_KIND_LABELS, step.stepKind)}</small>
            </div>
            <Stamp step={step} />
            <div>
              <small>
                {step.stamp ? (
                  <DateText value={step.stamp.at} withTime />
                ) : (
                  `${STATE_LABELS[step.state]}${step.assigneeLabel ? `（${step.assigneeLabel}）` : ''}`
                )}
              </small>
            </div>
            {step.stamp && (
              <span className="visually-hidden">
                {step.stamp.actorName} {labelOf(HISTORY_ACTION_LABELS, step.stamp.action)}{' '}
                {labelOf(CAPACITY_LABELS, step.stamp.capacity)}
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function HistoryView({ history }: { history: HistoryLine[] }) {
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">履歴</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">日時</th>
              <th scope="col">手順</th>
              <th scope="col">操作</th>
              <th scope="col">担当</th>
              <th scope="col">コメント</th>
            </tr>
          </thead>
          <tbody>
            {history.map((h) => {
              const capacity = labelOf(CAPACITY_LABELS, h.capacity);
              return (
                <tr key={h.id}>
                  <td>
                    <DateText value={h.at} withTime />
                  </td>
                  <td>{h.stepName ?? ''}</td>
                  <td>{labelOf(HISTORY_ACTION_LABELS, h.action)}</td>
                  <td>
                    {h.actorName ?? 'システム'}
                    {capacity && h.capacity !== 'system' && `（${capacity}）`}
                  </td>
                  <td style={{ whiteSpace: 'pre-wrap' }}>{h.comment ?? ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
