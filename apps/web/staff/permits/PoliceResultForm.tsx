import { useState, type FormEvent } from 'react';
import { DateText, Notice, SelectField, TextField } from '../../shared/components';
import type { PoliceResult } from '../../portal/permits/types';
import { useCaseAction, type CaseSectionProps } from './useCaseAction';

const RESULT_LABELS: Record<PoliceResult, string> = {
  agreed: '同意',
  agreedWithConditions: '条件付き同意',
  notAgreed: '不同意',
};

/** 道路使用許可協議: the police's answer, recorded before the consultation step completes. */
export function PoliceResultForm({ application, editable, onChanged }: CaseSectionProps) {
  const recorded = application.policeResult;
  const [consultedOn, setConsultedOn] = useState(recorded?.consultedOn ?? '');
  const [result, setResult] = useState<PoliceResult>(recorded?.result ?? 'agreed');
  const [reference, setReference] = useState(recorded?.reference ?? '');
  const [note, setNote] = useState(recorded?.note ?? '');
  const action = useCaseAction(onChanged);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run('PUT', `/api/permits/applications/${application.id}/police-consultation`, {
      consultedOn,
      result,
      reference,
      note: note || undefined,
    });
  };

  return (
    <section aria-labelledby="police-heading">
      <h2 id="police-heading">警察協議（道路使用許可）</h2>
      {recorded && (
        <p data-testid="police-result">
          <DateText value={recorded.consultedOn} /> {RESULT_LABELS[recorded.result]}（{recorded.reference}）
          {recorded.note && ` ${recorded.note}`}
        </p>
      )}
      {editable && (
        <form onSubmit={submit} noValidate>
          <TextField
            label="協議日"
            type="date"
            required
            value={consultedOn}
            onChange={(e) => setConsultedOn(e.target.value)}
            error={action.fieldError('consultedOn')}
          />
          <SelectField
            label="結果"
            required
            value={result}
            onChange={(e) => setResult(e.target.value as PoliceResult)}
            choices={Object.entries(RESULT_LABELS).map(([value, label]) => ({ value, label }))}
          />
          <TextField
            label="回答文書の番号"
            required
            hint="例：港署交第45号"
            value={reference}
            onChange={(e) => setReference(e.target.value)}
            error={action.fieldError('reference')}
          />
          <TextField
            label="付された条件など"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            error={action.fieldError('note')}
          />
          {action.message && <Notice kind="error">{action.message}</Notice>}
          <div className="actions">
            <button type="submit" className="button button--secondary" disabled={action.busy}>
              協議の結果を記録
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
