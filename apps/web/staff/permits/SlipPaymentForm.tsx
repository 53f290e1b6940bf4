import { useState, type FormEvent } from 'react';
import { Notice, TextField } from '../../shared/components';
import { useCaseAction } from './useCaseAction';

/** A 納付書 paid at a bank, recorded from its receipt (領収済通知書); the same receipt is recorded once. */
export function SlipPaymentForm({
  billId,
  label,
  onRecorded,
}: {
  billId: number;
  label: string;
  onRecorded: () => void;
}) {
  const [receiptNumber, setReceiptNumber] = useState('');
  const [paidOn, setPaidOn] = useState('');
  const action = useCaseAction(onRecorded);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run('POST', `/api/permits/bills/${billId}/slip-payment`, { receiptNumber, paidOn });
  };
  return (
    <details>
      <summary>{label}の納付書による納付を記録</summary>
      <form onSubmit={submit} noValidate>
        <TextField
          label="領収番号"
          required
          value={receiptNumber}
          onChange={(e) => setReceiptNumber(e.target.value)}
          error={action.fieldError('receiptNumber')}
        />
        <TextField
          label="納付日"
          type="date"
          required
          value={paidOn}
          onChange={(e) => setPaidOn(e.target.value)}
          error={action.fieldError('paidOn')}
        />
        {action.message && <Notice kind="error">{action.message}</Notice>}
        <div className="actions">
          <button type="submit" className="button button--secondary" disabled={action.busy}>
            納付を記録
          </button>
        </div>
      </form>
    </details>
  );
}
