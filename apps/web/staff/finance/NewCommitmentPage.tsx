import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, messageOf } from '../../shared/api';
import { Loading, Notice, PageTitle, SelectField, TextArea, TextField } from '../../shared/components';
import { navigate } from '../../shared/router';
import { useApi } from '../useApi';
import { FilePicker, uploadAttachment } from './Attachments';
import { FinanceNav } from './FinanceNav';
import {
  ATTACHMENT_KINDS,
  clearingError,
  COMMITMENT_KIND_LABELS,
  COMMITMENT_KINDS,
  formatYen,
  yenOf,
  fieldErrorsOf,
} from './finance-labels';
import type { BudgetLine, Commitment, Payee, Routing } from './finance-types';

/** Who the 専決 table makes the decider for this kind and amount, asked again as they change. */
function useRouting(kind: string, amount: number | null) {
  const [routing, setRouting] = useState<Routing | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    setRouting(null);
    setProblem(null);
    if (amount === null || amount <= 0) return;
    let current = true;
    const timer = setTimeout(() => {
      api<Routing>('GET', `/api/finance/commitments/routing?kind=${encodeURIComponent(kind)}&amount=${amount}`)
        .then((r) => current && setRouting(r))
        .catch((e: unknown) => current && setProblem(messageOf(e)));
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [kind, amount]);
  return { routing, problem };
}

/** 支出負担行為の起案: payee, budget line (with its balance), kind, amount and a 見積書; the decider shown first. */
export function NewCommitmentPage() {
  const lines = useApi<BudgetLine[]>('/api/finance/budget-lines');
  const payees = useApi<Payee[]>('/api/finance/payees');
  const [lineId, setLineId] = useState('');
  const [payeeId, setPayeeId] = useState('');
  const [payeeFilter, setPayeeFilter] = useState('');
  const [kind, setKind] = useState<string>('goods');
  const [amountText, setAmountText] = useState('');
  const [description, setDescription] = useState('');
  const [attachmentKind, setAttachmentKind] = useState<string>(ATTACHMENT_KINDS[0]);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const amount = yenOf(amountText);
  const { routing, problem } = useRouting(kind, amount);

  if (lines.error || payees.error) return <Notice kind="error">{lines.error ?? payees.error}</Notice>;
  if (!lines.data || !payees.data) return <Loading />;
  const line = lines.data.find((l) => String(l.id) === lineId);
  const shownPayees = payees.data.filter((p) => !payeeFilter || p.name.includes(payeeFilter.trim()));

  const check = (): Record<string, string> => {
    const found: Record<string, string> = {};
    if (!line) found.budgetLineId = '予算科目を選んでください。';
    if (!payeeId) found.payeeId = '債権者を選んでください。';
    if (amount === null || amount <= 0) found.amount = '金額は1円以上の整数（円単位）で入力してください。';
    else if (line && amount > line.balance.available) {
      found.amount = `執行可能額（${formatYen(line.balance.available)}）を超えています。`;
    }
    if (!description.trim()) found.description = '件名・内容を入力してください。';
    return found;
  };

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    let created: Commitment;
    try {
      created = await api<Commitment>('POST', '/api/finance/commitments', {
        body: { budgetLineId: Number(lineId), payeeId: Number(payeeId), kind, amount, description: description.trim() },
      });
    } catch (e) {
      setBusy(false);
      if (e instanceof ApiError && e.fields.length > 0) {
        setErrors(fieldErrorsOf(e.fields));
      } else setFailure(messageOf(e));
      return;
    }
    // The draft exists from here on: whatever fails next is shown on its own screen, where it can be redone.
    const detail = `/staff/finance/commitments/${created.id}`;
    try {
      if (file) await uploadAttachment(`/api/finance/commitments/${created.id}`, attachmentKind, file);
      await api('POST', `/api/finance/commitments/${created.id}/submit`);
      navigate(detail, { state: { notice: '提出しました。予算を予約し、決裁に回しました。' } });
    } catch (e) {
      navigate(detail, { state: { problem: `起案は保存しましたが、提出できませんでした: ${messageOf(e)}` } });
    }
  };

  return (
    <>
      <PageTitle title="支出負担行為の起案">支出負担行為の起案</PageTitle>
      <FinanceNav />
      <form onSubmit={send} noValidate className="narrow">
        <TextField
          label="債権者の検索"
          hint="名前の一部で候補を絞り込みます。"
          value={payeeFilter}
          onChange={(e) => setPayeeFilter(e.target.value)}
        />
        <SelectField
          label="債権者"
          required
          value={payeeId}
          onChange={(e) => clearingError('payeeId', setPayeeId, setErrors)(e.target.value)}
          error={errors.payeeId}
          choices={[
            { value: '', label: shownPayees.length ? '選んでください' : '該当する債権者がいません' },
            ...shownPayees.map((p) => ({ value: String(p.id), label: `${p.name}（${p.address}）` })),
          ]}
        />
        <SelectField
          label="予算科目"
          required
          value={lineId}
          onChange={(e) => clearingError('budgetLineId', setLineId, setErrors)(e.target.value)}
          error={errors.budgetLineId}
          hint={
            line
              ? `執行可能額 ${formatYen(line.balance.available)}（予算現額 ${formatYen(line.balance.budget)}）`
              : undefined
          }
          choices={[
            { value: '', label: '選んでください' },
            ...lines.data.map((l) => ({
              value: String(l.id),
              label: `${l.code} ${l.setsu}（執行可能額 ${formatYen(l.balance.available)}）`,
            })),
          ]}
        />
        <SelectField
          label="区分"
          required
          value={kind}
          onChange={(e) => clearingError('kind', setKind, setErrors)(e.target.value)}
          error={errors.kind}
          choices={COMMITMENT_KINDS.map((k) => ({ value: k, label: COMMITMENT_KIND_LABELS[k] }))}
        />
        <TextField
          label="金額（円）"
          required
          hint="円単位の整数。半角・全角の数字、カンマ付きでも入力できます。"
          inputMode="numeric"
          value={amountText}
          onChange={(e) => clearingError('amount', setAmountText, setErrors)(e.target.value.normalize('NFKC'))}
          error={errors.amount}
        />
        <p role="status" data-testid="decider">
          {routing && (
            <>
              決裁者（専決区分）：<strong>{routing.positionName}</strong>
              {routing.decider && `（${routing.decider}）`}
            </>
          )}
          {problem}
        </p>
        <TextArea
          label="件名・内容"
          required
          maxLength={400}
          value={description}
          onChange={(e) => clearingError('description', setDescription, setErrors)(e.target.value)}
          error={errors.description}
        />
        <SelectField
          label="添付の種類"
          value={attachmentKind}
          onChange={(e) => setAttachmentKind(e.target.value)}
          choices={ATTACHMENT_KINDS.map((k) => ({ value: k, label: k }))}
        />
        <FilePicker label="添付ファイル（任意）" onChange={setFile} />
        {failure && <Notice kind="error">{failure}</Notice>}
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            起案して決裁に回す
          </button>
        </div>
      </form>
    </>
  );
}
