import { useState, type FormEvent } from 'react';
import { Notice, TextField } from '../../shared/components';
import { useCaseAction, type CaseSectionProps } from './useCaseAction';

const STATUS_LABELS = { requested: '承認待ち', approved: '承認済', rejected: '不承認' } as const;

/** 減免: a clerk asks with the reason; the section chief approves it, and only then the fee shows it. */
export function ExemptionSection({ application, editable, onChanged }: CaseSectionProps) {
  const exemption = application.exemption;
  const [percent, setPercent] = useState('');
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  const action = useCaseAction(onChanged);
  const path = `/api/permits/applications/${application.id}/exemption`;

  const request = (event: FormEvent) => {
    event.preventDefault();
    void action.run('POST', path, { percent: Number(percent), reason });
  };
  const decide = (approve: boolean) =>
    void action.run('POST', `${path}/decision`, { approve, comment: comment || undefined });

  return (
    <section aria-labelledby="exemption-heading">
      <h2 id="exemption-heading">減免</h2>
      {exemption ? (
        <p>
          {exemption.percent}%（{exemption.reason}）：{STATUS_LABELS[exemption.status]}
          {exemption.comment && ` ${exemption.comment}`}
        </p>
      ) : (
        <p>減免はありません。</p>
      )}
      {editable && exemption?.status === 'requested' && (
        <>
          <TextField
            label="減免の承認についてのコメント"
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
          <div className="actions">
            <button type="button" className="button" disabled={action.busy} onClick={() => decide(true)}>
              減免を承認
            </button>
            <button
              type="button"
              className="button button--danger"
              disabled={action.busy}
              onClick={() => decide(false)}
            >
              減免を承認しない
            </button>
          </div>
        </>
      )}
      {editable && exemption?.status !== 'requested' && exemption?.status !== 'approved' && (
        <details>
          <summary>減免を申し出る</summary>
          <form onSubmit={request} noValidate>
            <TextField
              label="減免率（%）"
              type="number"
              min={1}
              max={100}
              required
              value={percent}
              onChange={(e) => setPercent(e.target.value)}
              error={action.fieldError('percent')}
            />
            <TextField
              label="減免の理由（条例の該当条項など）"
              required
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              error={action.fieldError('reason')}
            />
            <div className="actions">
              <button type="submit" className="button button--secondary" disabled={action.busy}>
                減免を申し出る
              </button>
            </div>
          </form>
        </details>
      )}
      {action.message && <Notice kind="error">{action.message}</Notice>}
    </section>
  );
}
