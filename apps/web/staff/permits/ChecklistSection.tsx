import { useState } from 'react';
import { Notice } from '../../shared/components';
import type { ChecklistEntry } from '../../portal/permits/types';
import { useCaseAction } from './useCaseAction';

/** 審査チェックリスト: the category's points, each ticked by the clerk; required ones gate 決裁. */
export function ChecklistSection({
  applicationId,
  checklist,
  editable,
  onChanged,
}: {
  applicationId: number;
  checklist: ChecklistEntry[];
  editable: boolean;
  onChanged: () => void;
}) {
  // A tick shows at once; it goes back if the API refuses it.
  const [ticks, setTicks] = useState<Record<string, boolean>>({});
  const action = useCaseAction(onChanged);
  if (checklist.length === 0) return null;
  const mark = async (entry: ChecklistEntry, checked: boolean) => {
    setTicks((t) => ({ ...t, [entry.key]: checked }));
    const ok = await action.run('PUT', `/api/permits/applications/${applicationId}/checklist/${entry.key}`, {
      checked,
    });
    if (!ok) setTicks((t) => ({ ...t, [entry.key]: !checked }));
  };
  return (
    <section aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">審査チェックリスト</h2>
      <fieldset className="fieldset">
        <legend>確認した項目にチェックしてください（必須の項目は決裁の前にすべて確認します）</legend>
        {checklist.map((entry) => (
          <label key={entry.key} className="choice">
            <input
              type="checkbox"
              checked={ticks[entry.key] ?? entry.checked}
              disabled={!editable}
              onChange={(e) => void mark(entry, e.target.checked)}
            />
            {entry.label}
            {entry.required && <span className="field__required">必須</span>}
          </label>
        ))}
      </fieldset>
      {action.message && <Notice kind="error">{action.message}</Notice>}
    </section>
  );
}
