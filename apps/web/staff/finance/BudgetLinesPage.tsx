import { Loading, Notice, PageTitle } from '../../shared/components';
import { FinanceNav } from './FinanceNav';
import { ScrollTable } from './ScrollTable';
import { AMOUNT_CELL, fiscalYearLabel, formatYen } from './finance-labels';
import type { BudgetLine } from './finance-types';
import { useApi } from '../useApi';

/** The budget lines with their live balance: 予算現額, what is reserved, committed, paid, and what is left. */
export function BudgetLinesPage() {
  const { data, error } = useApi<BudgetLine[]>('/api/finance/budget-lines');
  return (
    <>
      <PageTitle title="財務">財務：予算の残額</PageTitle>
      <FinanceNav />
      {error && <Notice kind="error">{error}</Notice>}
      {!data && !error && <Loading />}
      {data && data.length === 0 && <p>予算科目はありません。</p>}
      {data && data.length > 0 && (
        <ScrollTable label="予算科目の残額">
          <table>
            <caption>予算科目ごとの執行可能額（予算現額 − 予約 − 未払の負担行為 − 支出済）</caption>
            <thead>
              <tr>
                <th scope="col">年度・課</th>
                <th scope="col">科目</th>
                <th scope="col">予算現額</th>
                <th scope="col">予約額</th>
                <th scope="col">負担行為額</th>
                <th scope="col">支出済額</th>
                <th scope="col">執行可能額</th>
              </tr>
            </thead>
            <tbody>
              {data.map((l) => (
                <tr key={l.id}>
                  <td>
                    {fiscalYearLabel(l.fiscalYear)} {l.unitName}
                  </td>
                  <th scope="row">
                    {l.code} {l.moku}／{l.setsu}
                  </th>
                  <td style={AMOUNT_CELL}>{formatYen(l.balance.budget)}</td>
                  <td style={AMOUNT_CELL}>{formatYen(l.balance.reserved)}</td>
                  <td style={AMOUNT_CELL}>{formatYen(l.balance.committed)}</td>
                  <td style={AMOUNT_CELL}>{formatYen(l.balance.paid)}</td>
                  <td style={AMOUNT_CELL}>
                    <strong>{formatYen(l.balance.available)}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </>
  );
}
