import { useState, type FormEvent } from 'react';
import { api, ApiError, messageOf } from '../../shared/api';
import { Loading, Notice, PageTitle, SelectField } from '../../shared/components';
import { todayInJapan } from '../../shared/format';
import { navigate } from '../../shared/router';
import { useApi } from '../useApi';
import { FilePicker, uploadAttachment } from './Attachments';
import { FinanceNav } from './FinanceNav';
import { fieldErrorsOf, formatYen, yenOf } from './finance-labels';
import type { CommitmentDetail, PaymentOrder } from './finance-types';
import { CALENDAR_DATE, OrderFields, type OrderFieldValues } from './OrderFields';

/** 支出命令の起票 against a decided commitment: part or all of what is left, with the 請求書 and its dates. */
export function PaymentOrderForm({ commitmentId }: { commitmentId: number }) {
  const commitment = useApi<CommitmentDetail>(`/api/finance/commitments/${commitmentId}`);
  const [kind, setKind] = useState('ordinary');
  const [values, setValues] = useState<OrderFieldValues | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (commitment.error) return <Notice kind="error">{commitment.error}</Notice>;
  if (!commitment.data) return <Loading />;
  const c = commitment.data;
  const current = values ?? { amountText: String(c.remaining), invoiceDate: todayInJapan(), dueDate: '' };
  const { invoiceDate, dueDate } = current;
  const amount = yenOf(current.amountText);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const found: Record<string, string> = {};
    if (amount === null || amount <= 0) found.amount = '金額は1円以上の整数（円単位）で入力してください。';
    else if (amount > c.remaining) found.amount = `支出負担行為の残額（${formatYen(c.remaining)}）を超えています。`;
    if (!CALENDAR_DATE.test(invoiceDate)) found.invoiceDate = '請求書の受付日を入力してください。';
    if (!CALENDAR_DATE.test(dueDate)) found.dueDate = '支払予定日を入力してください。';
    else if (dueDate < invoiceDate) found.dueDate = '支払予定日は請求書の受付日以降にしてください。';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const order = await api<PaymentOrder>('POST', '/api/finance/payment-orders', {
        body: { commitmentId, kind, amount, invoiceDate, dueDate },
      });
      const detail = `/staff/finance/payment-orders/${order.id}`;
      try {
        if (file) await uploadAttachment(`/api/finance/payment-orders/${order.id}`, '請求書', file);
        navigate(detail, { state: { notice: '支出命令を起票し、課長の命令と会計室の審査に回しました。' } });
      } catch (e) {
        navigate(detail, {
          state: { problem: `支出命令は起票しましたが、請求書を添付できませんでした: ${messageOf(e)}` },
        });
      }
    } catch (e) {
      if (e instanceof ApiError && e.fields.length > 0) {
        setErrors(fieldErrorsOf(e.fields));
      } else setFailure(messageOf(e));
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle title="支出命令の起票">支出命令の起票（支出負担行為 第{c.id}号）</PageTitle>
      <FinanceNav />
      <p>
        {c.description}：負担行為額 {formatYen(c.amount)}、支出命令済み {formatYen(c.ordered)}、残額{' '}
        <strong>{formatYen(c.remaining)}</strong>
      </p>
      <form onSubmit={send} noValidate className="narrow">
        <SelectField
          label="支払の種類"
          value={kind}
          onChange={(e) => setKind(e.target.value)}
          choices={[
            { value: 'ordinary', label: '通常払' },
            { value: 'advance', label: '概算払（後で精算）' },
          ]}
        />
        <OrderFields
          commitmentKind={c.kind}
          values={current}
          onChange={setValues}
          errors={errors}
          setErrors={setErrors}
          amountHint="一部の支払もできます（残額まで）。"
        />
        <FilePicker label="請求書（任意）" onChange={setFile} />
        {failure && <Notice kind="error">{failure}</Notice>}
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            支出命令を起票する
          </button>
        </div>
      </form>
    </>
  );
}
