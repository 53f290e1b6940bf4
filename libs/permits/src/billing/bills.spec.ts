import type { FeeQuote, FiscalYearFee } from '../fees/occupancy-fee';
import { billsFor } from './bills';

const year = (fiscalYear: number, yen: number): FiscalYearFee => ({
  fiscalYear,
  from: `${fiscalYear}-04-01`,
  to: `${fiscalYear + 1}-03-31`,
  months: 12,
  unitPrice: 2400,
  per: 'year',
  quantity: 1,
  baseYen: yen,
  exemptionYen: 0,
  taxYen: 0,
  yen,
});
const quote = (...years: FiscalYearFee[]): FeeQuote => ({
  tableVersion: 'R6',
  category: '第一種電柱',
  feeDistrict: 1,
  unit: 'pole',
  quantity: 1,
  totalYen: years.reduce((s, y) => s + y.yen, 0),
  fiscalYears: years,
});

describe('占用料の請求', () => {
  it.each([
    ['one year, due 30 days after the permit', quote(year(2026, 2400)), '2026-05-01', [[2026, 2400, '2026-05-31']]],
    [
      'three years: later ones due by 30 April of their year',
      quote(year(2026, 2200), year(2027, 2400), year(2028, 200)),
      '2026-05-01',
      [
        [2026, 2200, '2026-05-31'],
        [2027, 2400, '2027-04-30'],
        [2028, 200, '2028-04-30'],
      ],
    ],
    [
      'a permit in late March: next year’s bill is not due before the first',
      quote(year(2025, 200), year(2026, 2400)),
      '2026-03-25',
      [
        [2025, 200, '2026-04-24'],
        [2026, 2400, '2026-04-30'],
      ],
    ],
    ['a waived year has no bill', quote(year(2026, 0), year(2027, 2400)), '2026-05-01', [[2027, 2400, '2027-04-30']]],
  ])('%s', (_name, q, permittedOn, expected) => {
    expect(billsFor(q, permittedOn).map((b) => [b.fiscalYear, b.amountYen, b.dueDate])).toEqual(expected);
  });
});
