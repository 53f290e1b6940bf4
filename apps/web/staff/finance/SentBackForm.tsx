import { useState, type FormEvent } from 'react';
import { api, ApiError, messageOf } from '../../shared/api';
import { Notice } from '../../shared/components';
import { fieldErrorsOf, yenOf } from './finance-labels';
import type { PaymentOrderDetail } from './finance-types';
import { OrderFields, type OrderFieldValues } from './OrderFields';

/** The drafter's step of the payment-order route, where 差戻し returns the order (payment-order.bpmn). */
const DRAFT_STEP = 'draft';

/** An order the 会計室 sent back: its drafter corrects amount and dates and sends it on to examination again. */
export function SentBackForm({ order, onDone }: { order: PaymentOrderDetail; onDone: () => void }) {
  const [values, setValues] = useState<OrderFieldValues>({
    amountText: String(order.amount),
    invoiceDate: order.invoiceDate,
    dueDate: order.dueDate,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const draftTask = order.route?.openTasks.find((t) => t.elementId === DRAFT_STEP);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const amount = yenOf(values.amountText);
    if (amount === null || amount <= 0) {
      setErrors({ amount: '金額は1円以上の整数（円単位）で入力してください。' });
      return;
    }
    setBusy(true);
    try {
      const { invoiceDate, dueDate } = values;
      await api('PATCH', `/api/finance/payment-orders/${order.id}`, { body: { amount, invoiceDate, dueDate } });
      if (draftTask) await api('POST', `/api/workflow/tasks/${draftTask.id}/approve`, { body: {} });
      onDone();
    } catch (e) {
      if (e instanceof ApiError && e.fields.length > 0) {
        setErrors(fieldErrorsOf(e.fields));
      } else setFailure(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="sent-back-heading">
      <h2 id="sent-back-heading">差し戻された支出命令の修正</h2>
      <form onSubmit={send} noValidate className="narrow">
        <OrderFields
          commitmentKind={order.commitment.kind}
          values={values}
          onChange={setValues}
          errors={errors}
          setErrors={setErrors}
        />
        {failure && <Notice kind="error">{failure}</Notice>}
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            修正して審査に戻す
          </button>
        </div>
      </form>
    </section>
  );
}
