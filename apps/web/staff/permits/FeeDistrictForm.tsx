import { useState, type FormEvent } from 'react';
import { Notice, SelectField, TextField } from '../../shared/components';
import type { ApplicationView } from '../../portal/permits/types';
import { useCaseAction } from './useCaseAction';

/** The 級地 set by hand against the area table (a place on a boundary), with the reason; the fee follows. */
export function FeeDistrictForm({ application, onChanged }: { application: ApplicationView; onChanged: () => void }) {
  const [district, setDistrict] = useState(String(application.feeDistrict));
  const [reason, setReason] = useState('');
  const action = useCaseAction(onChanged);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run('PUT', `/api/permits/applications/${application.id}/fee-district`, {
      feeDistrict: Number(district),
      reason,
    });
  };
  return (
    <details>
      <summary>級地を変更する（区域表と異なる場合）</summary>
      <form onSubmit={submit} noValidate>
        <SelectField
          label="級地"
          value={district}
          onChange={(e) => setDistrict(e.target.value)}
          error={action.fieldError('feeDistrict')}
          choices={[1, 2, 3].map((d) => ({ value: String(d), label: `${d}級地` }))}
        />
        <TextField
          label="級地を変更する理由"
          required
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={action.fieldError('reason')}
        />
        {action.message && <Notice kind="error">{action.message}</Notice>}
        <div className="actions">
          <button type="submit" className="button button--secondary" disabled={action.busy}>
            級地を変更する
          </button>
        </div>
      </form>
    </details>
  );
}
