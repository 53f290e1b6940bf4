import { DateText, Loading, Notice, PageTitle } from '../../shared/components';
import { useApi } from '../useApi';
import { FinanceNav } from './FinanceNav';
import { formatYen } from './finance-labels';

interface BudgetTransfer {
  id: number;
  fromLineId: number;
  toLineId: number;
  amount: number;
  reason: string;
  status: string;
  createdAt: string;
}

const STATUS_LABELS: Record<string, string> = {
  submitted: '決裁待ち（流用元で予約中）',
  decided: '決裁済み（流用済み）',
  rejected: '却下',
  withdrawn: '取下げ',
};

/** 流用: the screen a 流用 task links to, so its approvers see what moves where. */
export function BudgetTransferPage({ id }: { id: number }) {
  const transfer = useApi<BudgetTransfer>(`/api/finance/budget-transfers/${id}`);
  const lines = useApi<{ id: number; code: string; setsu: string }[]>('/api/finance/budget-lines');
  if (transfer.error) return <Notice kind="error">{transfer.error}</Notice>;
  if (!transfer.data) return <Loading />;
  const t = transfer.data;
  const lineName = (lineId: number) => {
    const line = lines.data?.find((l) => l.id === lineId);
    return line ? `${line.code} ${line.setsu}` : `予算科目 ${lineId}`;
  };
  return (
    <>
      <PageTitle title={`流用 ${t.id}`}>予算の流用 第{t.id}号</PageTitle>
      <FinanceNav />
      <dl className="summary">
        <dt>状況</dt>
        <dd>{STATUS_LABELS[t.status] ?? t.status}</dd>
        <dt>流用元</dt>
        <dd>{lineName(t.fromLineId)}</dd>
        <dt>流用先</dt>
        <dd>{lineName(t.toLineId)}</dd>
        <dt>金額</dt>
        <dd>{formatYen(t.amount)}</dd>
        <dt>理由</dt>
        <dd>{t.reason}</dd>
        <dt>申請日</dt>
        <dd>
          <DateText value={t.createdAt} />
        </dd>
      </dl>
    </>
  );
}
