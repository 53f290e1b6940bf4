import { useState } from 'react';
import { Notice, SelectField, TextArea } from '../../shared/components';
import type { ConditionTemplate, PermitCondition } from '../../portal/permits/types';
import { useApi } from '../useApi';
import { useCaseAction, type CaseSectionProps } from './useCaseAction';

/** 許可条件: chosen from the section's templates, edited for the case, printed on the permit. */
export function ConditionsSection({ application, editable, onChanged }: CaseSectionProps) {
  const templates = useApi<ConditionTemplate[]>(
    `/api/permits/condition-templates?categoryCode=${encodeURIComponent(application.categoryCode)}`,
  );
  const [conditions, setConditions] = useState<PermitCondition[]>(application.conditions);
  const [chosen, setChosen] = useState('');
  const [saved, setSaved] = useState(false);
  const action = useCaseAction(() => {
    setSaved(true);
    onChanged();
  });

  if (!editable) {
    return (
      <section aria-labelledby="conditions-heading">
        <h2 id="conditions-heading">許可条件</h2>
        {application.conditions.length === 0 ? (
          <p>許可条件はありません。</p>
        ) : (
          <ol>
            {application.conditions.map((c, i) => (
              <li key={i}>{c.text}</li>
            ))}
          </ol>
        )}
      </section>
    );
  }

  const edit = (next: PermitCondition[]) => {
    setSaved(false);
    setConditions(next);
  };
  const add = () => {
    const template = templates.data?.find((t) => t.code === chosen);
    edit([...conditions, { templateCode: template?.code ?? null, text: template?.body ?? '' }]);
  };
  const used = new Set(conditions.map((c) => c.templateCode));
  return (
    <section aria-labelledby="conditions-heading">
      <h2 id="conditions-heading">許可条件</h2>
      {conditions.map((condition, i) => (
        <div key={i}>
          <TextArea
            label={`条件${i + 1}`}
            value={condition.text}
            maxLength={2000}
            error={action.fieldError(`conditions.${i}.text`)}
            onChange={(e) => edit(conditions.map((c, j) => (j === i ? { ...c, text: e.target.value } : c)))}
          />
          <button
            type="button"
            className="button button--text"
            onClick={() => edit(conditions.filter((_, j) => j !== i))}
          >
            条件{i + 1}を削除
          </button>
        </div>
      ))}
      <SelectField
        label="ひな形から追加"
        value={chosen}
        onChange={(e) => setChosen(e.target.value)}
        choices={[
          { value: '', label: '空欄の条件' },
          ...(templates.data ?? []).filter((t) => !used.has(t.code)).map((t) => ({ value: t.code, label: t.title })),
        ]}
      />
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={add}>
          条件を追加
        </button>
        <button
          type="button"
          className="button"
          disabled={action.busy}
          onClick={() =>
            void action.run('PUT', `/api/permits/applications/${application.id}/conditions`, { conditions })
          }
        >
          許可条件を保存
        </button>
      </div>
      {action.message && <Notice kind="error">{action.message}</Notice>}
      {saved && <Notice kind="success">許可条件を保存しました。</Notice>}
    </section>
  );
}
