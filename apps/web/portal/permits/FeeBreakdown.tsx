import { useEffect, useState } from 'react';
import { api, messageOf } from '../../shared/api';
import { DateText, Loading, Notice } from '../../shared/components';
import { UNIT_LABELS, yen } from './labels';
import type { FeeQuote, PlaceGeometry } from './types';

const fiscalYearFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric' });

/** 令和8年度 */
export const fiscalYearLabel = (fiscalYear: number) =>
  `${fiscalYearFormat.format(new Date(Date.UTC(fiscalYear, 3, 1)))}度`;

/** By the 級地 itself, or by the place it follows from. */
export interface FeeQuoteRequest {
  category: string;
  feeDistrict?: number;
  geometry?: PlaceGeometry;
  quantity: number;
  from: string;
  to: string;
}

/** The live 占用料 quote from the same function the bills use; null input means "not enough to price yet". */
export function useFeeQuote(request: FeeQuoteRequest | null) {
  const [quote, setQuote] = useState<FeeQuote | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = request ? JSON.stringify(request) : null;
  useEffect(() => {
    setQuote(null);
    setError(null);
    if (!key) return;
    let current = true;
    // Typing a date fires on every key: ask once the input has settled.
    const timer = setTimeout(() => {
      api<FeeQuote>('POST', '/api/permits/fee-quote', { body: JSON.parse(key) as FeeQuoteRequest, anonymous: true })
        .then((q) => current && setQuote(q))
        .catch((e: unknown) => current && setError(messageOf(e)));
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key]);
  return { quote, error, pending: Boolean(key) && !quote && !error };
}

/** The fee per fiscal year: months, unit price, quantity and yen, as the ordinance computes it. */
export function FeeBreakdown({ quote }: { quote: FeeQuote }) {
  const unit = UNIT_LABELS[quote.unit];
  return (
    <>
      <p className="fee-total" data-testid="fee-total">
        合計 {yen(quote.totalYen)}
      </p>
      <p>
        {quote.feeDistrict}級地・{quote.category}
      </p>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">年度ごとの占用料</caption>
          <thead>
            <tr>
              <th scope="col">年度</th>
              <th scope="col">期間</th>
              <th scope="col">月数</th>
              <th scope="col">単価</th>
              <th scope="col">数量</th>
              <th scope="col">金額</th>
            </tr>
          </thead>
          <tbody>
            {quote.fiscalYears.map((fy) => (
              <tr key={fy.fiscalYear}>
                <td>{fiscalYearLabel(fy.fiscalYear)}</td>
                <td>
                  <DateText value={fy.from} />〜<DateText value={fy.to} />
                </td>
                <td>{fy.months}か月</td>
                <td>
                  {yen(fy.unitPrice)}／{unit}・{fy.per === 'year' ? '年' : '月'}
                </td>
                <td>
                  {fy.quantity}
                  {unit}
                </td>
                <td>
                  {yen(fy.yen)}
                  {fy.exemptionYen > 0 && <small>（減免 {yen(fy.exemptionYen)}）</small>}
                  {fy.taxYen > 0 && <small>（消費税 {yen(fy.taxYen)}）</small>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="field__hint">料金表 {quote.tableVersion} による試算です。</p>
    </>
  );
}

/** The quote panel beside a form: the figures, or why there are none yet. */
export function FeeQuotePanel({ request }: { request: FeeQuoteRequest | null }) {
  const { quote, error, pending } = useFeeQuote(request);
  return (
    <section aria-labelledby="fee-heading" aria-live="polite">
      <h2 id="fee-heading">占用料の試算</h2>
      {!request && <p>区分・数量・場所・占用期間を入力すると占用料を試算します。</p>}
      {pending && <Loading />}
      {error && <Notice kind="error">{error}</Notice>}
      {quote && <FeeBreakdown quote={quote} />}
    </section>
  );
}
