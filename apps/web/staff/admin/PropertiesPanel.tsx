import { useEffect, useState } from 'react';
import { TextField } from '../../shared/components';
import { STEP_KIND_LABELS } from '../labels';
import { RINGI_ATTRIBUTES, type RingiAttribute, type Services, type Shape } from './modeler-services';

interface Props {
  services: Services;
  element: Shape | null;
  /** The server's validation message for this element, if the last deploy had one. */
  problem: string | undefined;
  /** Bumped after every model change so the fields show the current values. */
  revision: number;
}

type Values = Record<RingiAttribute | 'name', string>;

function read(element: Shape): Values {
  const bo = element.businessObject;
  const values = { name: bo.name ?? '' } as Values;
  for (const attr of RINGI_ATTRIBUTES) values[attr] = (bo.get(`ringi:${attr}`) as string | undefined) ?? '';
  return values;
}

/** Edits the selected element's name and, on user tasks, ringi's attributes. */
export function PropertiesPanel({ services, element, problem, revision }: Props) {
  const [values, setValues] = useState<Values | null>(null);
  useEffect(() => setValues(element ? read(element) : null), [element, revision]);

  if (!element || !values) {
    return <p>図の要素を選ぶと、ここで名前や担当者を設定できます。</p>;
  }
  const isUserTask = element.type === 'bpmn:UserTask';
  const update = (key: keyof Values, value: string) => {
    setValues({ ...values, [key]: value });
    const property = key === 'name' ? 'name' : `ringi:${key}`;
    services.modeling.updateProperties(element, { [property]: value === '' ? undefined : value });
  };

  return (
    <div>
      <p>
        選択中: <strong>{element.businessObject.name || element.id}</strong>（{element.id}）
      </p>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <TextField label="名前" value={values.name} onChange={(e) => update('name', e.target.value)} />
      {isUserTask && (
        <>
          <TextField
            label="担当者（ringi:assignee）"
            hint="例: post(課長)、user(kacho1)、role(permit-clerk)、initiator()"
            value={values.assignee}
            onChange={(e) => update('assignee', e.target.value)}
          />
          <div className="field">
            <label className="field__label" htmlFor="prop-step-kind">
              手順の種類（ringi:stepKind）
            </label>
            <select id="prop-step-kind" value={values.stepKind} onChange={(e) => update('stepKind', e.target.value)}>
              <option value="">指定なし（承認）</option>
              {Object.entries(STEP_KIND_LABELS).map(([kind, label]) => (
                <option key={kind} value={kind}>
                  {label}（{kind}）
                </option>
              ))}
            </select>
          </div>
          <TextField
            label="期限（ringi:due）"
            hint="営業日で数えます。例: P3D（3日）、P1W（1週）、PT4H（4時間）"
            value={values.due}
            onChange={(e) => update('due', e.target.value)}
          />
          <TextField
            label="定足数（ringi:quorum）"
            hint="並列の合議で: all、any または件数"
            value={values.quorum}
            onChange={(e) => update('quorum', e.target.value)}
          />
        </>
      )}
    </div>
  );
}
