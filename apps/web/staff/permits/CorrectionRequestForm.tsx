import { useState, type FormEvent } from 'react';
import { Notice, TextArea } from '../../shared/components';
import { useCaseAction } from './useCaseAction';

/** 補正依頼: what the applicant must correct; they answer it online and the review goes on. */
export function CorrectionRequestForm({
  applicationId,
  onRequested,
}: {
  applicationId: number;
  onRequested: () => void;
}) {
  const [message, setMessage] = useState('');
  const action = useCaseAction(() => {
    setMessage('');
    onRequested();
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run('POST', `/api/permits/applications/${applicationId}/correction-request`, { message });
  };
  return (
    <section aria-labelledby="correction-heading">
      <h2 id="correction-heading">補正依頼</h2>
      <form onSubmit={submit} noValidate>
        <TextArea
          label="補正を求める内容"
          required
          maxLength={2000}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
          error={action.fieldError('message')}
        />
        {action.message && <Notice kind="error">{action.message}</Notice>}
        <div className="actions">
          <button type="submit" className="button button--secondary" disabled={action.busy}>
            補正を依頼する
          </button>
        </div>
      </form>
    </section>
  );
}
