import { monthsCounted, splitByFiscalYear } from './fiscal-periods';
import {
  FeeQuoteError,
  NATIONAL_FEE_RULES,
  quoteOccupancyFee,
  tableInForce,
  type FeePrice,
  type FeeTable,
} from './occupancy-fee';

/** みなと市道路占用料条例 別表 (demo; unit prices in yen). */
const price = (
  category: string,
  feeDistrict: number,
  unitPrice: number,
  unit: FeePrice['unit'],
  per: FeePrice['per'] = 'year',
) => ({
  category,
  feeDistrict,
  unitPrice,
  unit,
  per,
});
const TABLE: FeeTable = {
  version: 'R6',
  effectiveFrom: '2024-04-01',
  rules: NATIONAL_FEE_RULES,
  prices: [
    price('第一種電柱', 1, 2400, 'pole'),
    price('第一種電柱', 3, 1200, 'pole'),
    price('ガス管（外径0.07m未満）', 1, 42, 'metre'),
    price('看板', 1, 4800, 'squareMetre'),
    price('足場', 1, 480, 'squareMetre', 'month'),
  ],
};

describe('占用料 (hand-computed against the demo ordinance table)', () => {
  it.each([
    // name, input, [fiscal year, months, yen]…, total
    [
      'one pole for a whole fiscal year',
      { category: '第一種電柱', feeDistrict: 1, quantity: 1, from: '2026-04-01', to: '2027-03-31' },
      [[2026, 12, 2400]],
      2400,
    ],
    [
      'three poles across a fiscal year end, part months counted whole',
      { category: '第一種電柱', feeDistrict: 1, quantity: 3, from: '2026-10-15', to: '2027-06-30' },
      [
        [2026, 6, 3600],
        [2027, 3, 1800],
      ],
      5400,
    ],
    [
      'gas pipe length truncated to 0.01 m and yen truncated (42 × 12.34 × 6/12 = 259.14)',
      { category: 'ガス管（外径0.07m未満）', feeDistrict: 1, quantity: 12.345, from: '2026-04-01', to: '2026-09-30' },
      [[2026, 6, 259]],
      259,
    ],
    [
      'one month in 3級地 is exactly 100 yen',
      { category: '第一種電柱', feeDistrict: 3, quantity: 1, from: '2026-04-01', to: '2026-04-30' },
      [[2026, 1, 100]],
      100,
    ],
    [
      'below the minimum: 0.5 m for a month would be 1 yen, charged 100',
      { category: 'ガス管（外径0.07m未満）', feeDistrict: 1, quantity: 0.5, from: '2026-04-01', to: '2026-04-30' },
      [[2026, 1, 100]],
      100,
    ],
    [
      'scaffolding priced per month, under one month: 480 × 20.5 = 9,840 plus 10% tax',
      { category: '足場', feeDistrict: 1, quantity: 20.5, from: '2026-04-10', to: '2026-04-25' },
      [[2026, 1, 10824]],
      10824,
    ],
    [
      'four fiscal years from a March start',
      { category: '第一種電柱', feeDistrict: 1, quantity: 1, from: '2026-03-01', to: '2028-04-15' },
      [
        [2025, 1, 200],
        [2026, 12, 2400],
        [2027, 12, 2400],
        [2028, 1, 200],
      ],
      5200,
    ],
    [
      '減免 of 50% on a sign',
      {
        category: '看板',
        feeDistrict: 1,
        quantity: 2.5,
        from: '2026-04-01',
        to: '2027-03-31',
        exemption: { percent: 50, reason: '公益目的' },
      },
      [[2026, 12, 6000]],
      6000,
    ],
  ])('%s', (_name, input, perYear, total) => {
    const quote = quoteOccupancyFee(TABLE, input);
    expect(quote.fiscalYears.map((fy) => [fy.fiscalYear, fy.months, fy.yen])).toEqual(perYear);
    expect(quote.totalYen).toBe(total);
  });

  it('shows the breakdown applicants and clerks both see', () => {
    const quote = quoteOccupancyFee(TABLE, {
      category: '足場',
      feeDistrict: 1,
      quantity: 20.5,
      from: '2026-04-10',
      to: '2026-04-25',
    });
    expect(quote).toMatchObject({ tableVersion: 'R6', unit: 'squareMetre', quantity: 20.5 });
    expect(quote.fiscalYears[0]).toMatchObject({
      unitPrice: 480,
      per: 'month',
      baseYen: 9840,
      exemptionYen: 0,
      taxYen: 984,
    });
  });

  it.each([
    [
      'unknown category',
      { category: '橋', feeDistrict: 1, quantity: 1, from: '2026-04-01', to: '2026-04-30' },
      'category',
    ],
    ['end before start', { category: '看板', feeDistrict: 1, quantity: 1, from: '2026-05-01', to: '2026-04-30' }, 'to'],
    [
      'zero quantity',
      { category: '看板', feeDistrict: 1, quantity: 0, from: '2026-04-01', to: '2026-04-30' },
      'quantity',
    ],
    [
      'quantity under 0.01',
      { category: '看板', feeDistrict: 1, quantity: 0.004, from: '2026-04-01', to: '2026-04-30' },
      'quantity',
    ],
    [
      'exemption over 100%',
      {
        category: '看板',
        feeDistrict: 1,
        quantity: 1,
        from: '2026-04-01',
        to: '2026-04-30',
        exemption: { percent: 120, reason: 'x' },
      },
      'exemption',
    ],
  ])('refuses %s, naming the field', (_name, input, field) => {
    expect(() => quoteOccupancyFee(TABLE, input)).toThrow(FeeQuoteError);
    try {
      quoteOccupancyFee(TABLE, input);
    } catch (error) {
      expect((error as FeeQuoteError).field).toBe(field);
    }
  });

  it('picks the table in force on a date', () => {
    const newer: FeeTable = { ...TABLE, version: 'R9', effectiveFrom: '2027-04-01' };
    expect(tableInForce([TABLE, newer], '2027-03-31')?.version).toBe('R6');
    expect(tableInForce([TABLE, newer], '2027-04-01')?.version).toBe('R9');
    expect(tableInForce([newer], '2026-04-01')).toBeNull();
  });
});

describe('fiscal periods', () => {
  it.each([
    ['2026-04-01', '2026-06-30', 3],
    ['2026-04-15', '2026-06-14', 2],
    ['2026-04-15', '2026-06-20', 3],
    ['2026-04-10', '2026-04-10', 1],
    ['2026-01-31', '2026-02-28', 1],
    ['2026-01-31', '2026-03-01', 2],
    ['2026-04-01', '2027-03-31', 12],
  ])('%s to %s counts %i months', (from, to, months) => {
    expect(monthsCounted(from, to)).toBe(months);
  });

  it('splits a period at each 1 April', () => {
    expect(splitByFiscalYear('2026-03-15', '2027-04-02')).toEqual([
      { fiscalYear: 2025, from: '2026-03-15', to: '2026-03-31' },
      { fiscalYear: 2026, from: '2026-04-01', to: '2027-03-31' },
      { fiscalYear: 2027, from: '2027-04-01', to: '2027-04-02' },
    ]);
  });
});
