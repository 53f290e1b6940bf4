import { DEMO_FEE_TABLE } from '../seed/demo-fee-table';
import { applicationFee, chargesOccupancyFee } from './application-fee';
import { quoteOccupancyFee } from './occupancy-fee';

describe('the fee an application owes by its kind', () => {
  const quote = quoteOccupancyFee(DEMO_FEE_TABLE, {
    category: '第一種電柱',
    feeDistrict: 1,
    quantity: 2,
    from: '2026-06-01',
    to: '2027-06-30',
  });

  it.each(['new', 'renewal', 'change', 'succession'] as const)('charges a %s the quote as priced', (kind) => {
    expect(quote.totalYen).toBeGreaterThan(0);
    expect(chargesOccupancyFee(kind)).toBe(true);
    expect(applicationFee(kind, quote)).toBe(quote);
  });

  it('charges a 廃止 nothing and leaves no fiscal year to bill, keeping what was priced for the record', () => {
    expect(chargesOccupancyFee('end')).toBe(false);
    expect(applicationFee('end', quote)).toEqual({ ...quote, totalYen: 0, fiscalYears: [] });
  });
});
