import { Notice, TextField } from '../../shared/components';
import { formatDate, todayInJapan } from '../../shared/format';
import { PAYMENT_DEADLINE_WARNING_LABELS, paymentDeadline } from './finance-labels';

export interface OrderFieldValues {
  amountText: string;
  invoiceDate: string;
  dueDate: string;
}

export const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The API's field for each value, where its errors are reported. */
const ERROR_FIELDS: Record<keyof OrderFieldValues, string> = {
  amountText: 'amount',
  invoiceDate: 'invoiceDate',
  dueDate: 'dueDate',
};

/**
 * Amount, invoice date and due date of a payment order, with the statutory deadline (支払遅延防止法) for the
 * commitment's kind computed as the dates are entered and a warning when the due date is past it.
 */
export function OrderFields({
  commitmentKind,
  values,
  onChange,
  errors,
  setErrors,
  amountHint,
}: {
  commitmentKind: string;
  values: OrderFieldValues;
  onChange: (values: OrderFieldValues) => void;
  errors: Record<string, string>;
  setErrors: (update: (errors: Record<string, string>) => Record<string, string>) => void;
  amountHint?: string;
}) {
  const { amountText, invoiceDate, dueDate } = values;
  const deadline =
    CALENDAR_DATE.test(invoiceDate) && CALENDAR_DATE.test(dueDate)
      ? paymentDeadline({ kind: commitmentKind, invoiceDate, dueDate, today: todayInJapan() })
      : null;
  const change = (field: keyof OrderFieldValues, value: string) => {
    onChange({ ...values, [field]: value });
    setErrors(({ [ERROR_FIELDS[field]]: _cleared, ...rest }) => rest);
  };
  return (
    <>
      <TextField
        label="支出命令額（円）"
        required
        hint={amountHint}
        inputMode="numeric"
        value={amountText}
        onChange={(e) => change('amountText', e.target.value.normalize('NFKC'))}
        error={errors.amount}
      />
      <TextField
        label="請求書の受付日"
        required
        type="date"
        value={invoiceDate}
        onChange={(e) => change('invoiceDate', e.target.value)}
        error={errors.invoiceDate}
      />
      <TextField
        label="支払予定日"
        required
        type="date"
        value={dueDate}
        onChange={(e) => change('dueDate', e.target.value)}
        error={errors.dueDate}
        hint={
          deadline
            ? `支払遅延防止法の支払期限: ${formatDate(deadline.deadline)}`
            : '請求書の受付日から30日（工事は40日）が法定の支払期限です。'
        }
      />
      {deadline && deadline.warnings.length > 0 && (
        <Notice kind="error">
          {deadline.warnings.map((w) => PAYMENT_DEADLINE_WARNING_LABELS[w]).join('。')}（期限{' '}
          {formatDate(deadline.deadline)}）
        </Notice>
      )}
    </>
  );
}
