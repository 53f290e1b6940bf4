import { useState } from 'react';
import { Loading, Notice, PageTitle, SelectField } from '../../shared/components';
import { todayInJapan } from '../../shared/format';
import { useApi } from '../useApi';
import { FinanceNav } from './FinanceNav';
import { ScrollTable } from './ScrollTable';
import { AMOUNT_CELL, fiscalYearLabel, formatYen } from './finance-labels';
import type { LineBalance, SectionReport } from './finance-types';

/** The fiscal year a day belongs to: 年度 starts on 1 April. */
function fiscalYearOf(date: string): number {
  const [year, month] = date.split('-').map(Number);
  return month >= 4 ? year : year - 1;
}

const rate = (b: LineBalance) => (b.budget > 0 ? `${((b.paid * 100) / b.budget).toFixed(1)}%` : '－');

interface PayeeTotals {
  payeeId: number;
  payeeName: string;
  commitments: number;
  committed: number;
  paid: number;
}

/** Decided commitments and paid orders per payee in the year, with its CSV. */
function PayeeTotalsSection({ year }: { year: number }) {
  const path = `/api/finance/reports/payees?fiscalYear=${year}`;
  const { data, error } = useApi<PayeeTotals[]>(path);
  return (
    <section aria-labelledby="payees-heading">
      <h2 id="payees-heading">債権者別の負担行為と支出</h2>
      <p className="actions">
        <a className="button button--secondary" href={`${path}&format=csv`} download>
          債権者別CSVをダウンロード
        </a>
      </p>
      {error && <Notice kind="error">{error}</Notice>}
      {!data && !error && <Loading />}
      {data && data.length === 0 && <p>決裁済みの支出負担行為はありません。</p>}
      {data && data.length > 0 && (
        <ScrollTable label="債権者別の負担行為と支出">
          <table>
            <caption className="visually-hidden">債権者別の負担行為と支出（{fiscalYearLabel(year)}）</caption>
            <thead>
              <tr>
                <th scope="col">債権者</th>
                <th scope="col">負担行為件数</th>
                <th scope="col">負担行為額</th>
                <th scope="col">支出済額</th>
              </tr>
            </thead>
            <tbody>
              {data.map((p) => (
                <tr key={p.payeeId}>
                  <th scope="row">{p.payeeName}</th>
                  <td style={AMOUNT_CELL}>{p.commitments}件</td>
                  <td style={AMOUNT_CELL}>{formatYen(p.committed)}</td>
                  <td style={AMOUNT_CELL}>{formatYen(p.paid)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </section>
  );
}

/** 予算執行状況 by section and line, and the totals per payee, each with the CSV for Excel. */
export function BudgetExecutionPage() {
  const current = fiscalYearOf(todayInJapan());
  const [year, setYear] = useState(current);
  const path = `/api/finance/reports/budget-execution?fiscalYear=${year}`;
  const report = useApi<{ sections: SectionReport[] }>(path);
  const years = [current + 1, current, current - 1, current - 2];

  return (
    <>
      <PageTitle title="予算執行状況">予算執行状況</PageTitle>
      <FinanceNav />
      <SelectField
        label="年度"
        value={String(year)}
        onChange={(e) => setYear(Number(e.target.value))}
        choices={years.map((y) => ({ value: String(y), label: fiscalYearLabel(y) }))}
      />
      <p className="actions">
        <a className="button button--secondary" href={`${path}&format=csv`} download>
          CSVをダウンロード（Excel用 UTF-8）
        </a>
        <a className="button button--secondary" href={`${path}&format=csv&encoding=shift_jis`} download>
          CSVをダウンロード（Shift_JIS）
        </a>
      </p>
      {report.error && <Notice kind="error">{report.error}</Notice>}
      {!report.data && !report.error && <Loading />}
      {report.data && report.data.sections.length === 0 && <p>{fiscalYearLabel(year)}の予算科目はありません。</p>}
      {report.data?.sections.map((s) => (
        <section key={s.unitId} aria-labelledby={`section-${s.unitId}`}>
          <h2 id={`section-${s.unitId}`}>{s.unitName}</h2>
          <ScrollTable label={`${s.unitName}の予算執行状況`}>
            <table>
              <caption>
                {s.unitName}の{fiscalYearLabel(year)}予算執行状況（執行率は支出済額 ÷ 予算現額）
              </caption>
              <thead>
                <tr>
                  <th scope="col">科目</th>
                  <th scope="col">予算現額</th>
                  <th scope="col">予約額</th>
                  <th scope="col">負担行為額</th>
                  <th scope="col">支出済額</th>
                  <th scope="col">執行可能額</th>
                  <th scope="col">執行率</th>
                </tr>
              </thead>
              <tbody>
                {s.lines.map((l) => (
                  <tr key={l.id}>
                    <th scope="row">
                      {l.code} {l.kan}／{l.kou}／{l.moku}／{l.setsu}
                    </th>
                    <td style={AMOUNT_CELL}>{formatYen(l.balance.budget)}</td>
                    <td style={AMOUNT_CELL}>{formatYen(l.balance.reserved)}</td>
                    <td style={AMOUNT_CELL}>{formatYen(l.balance.committed)}</td>
                    <td style={AMOUNT_CELL}>{formatYen(l.balance.paid)}</td>
                    <td style={AMOUNT_CELL}>{formatYen(l.balance.available)}</td>
                    <td style={AMOUNT_CELL}>{rate(l.balance)}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">合計</th>
                  <td style={AMOUNT_CELL}>{formatYen(s.totals.budget)}</td>
                  <td style={AMOUNT_CELL}>{formatYen(s.totals.reserved)}</td>
                  <td style={AMOUNT_CELL}>{formatYen(s.totals.committed)}</td>
                  <td style={AMOUNT_CELL}>{formatYen(s.totals.paid)}</td>
                  <td style={AMOUNT_CELL}>{formatYen(s.totals.available)}</td>
                  <td style={AMOUNT_CELL}>{rate(s.totals)}</td>
                </tr>
              </tbody>
            </table>
          </ScrollTable>
        </section>
      ))}
      <PayeeTotalsSection year={year} />
    </>
  );
}
