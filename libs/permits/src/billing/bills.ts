import { fiscalYearOf } from '@ringi/platform';
import type { FeeQuote } from '../fees/occupancy-fee';

export interface PlannedBill {
  fiscalYear: number;
  amountYen: number;
  /** 納期限 */
  dueDate: string;
}

/** Days from the permit to the 納期限 of the first year's fee. */
export const FIRST_BILL_DAYS = 30;
/** Later years are due by the end of April of their 年度. */
export const LATER_BILL_DUE = '04-30';

/**
 * One bill per fiscal year of the quote: the 年度 of the permit (and any before it) is due 30 days after the
 * permit; each later year by 30 April of that 年度, never before the first bill. Years charged 0 yen (全額減免)
 * produce no bill.
 */
export function billsFor(quote: FeeQuote, permittedOn: string): PlannedBill[] {
  const first = addDays(permittedOn, FIRST_BILL_DAYS);
  return quote.fiscalYears
    .filter((fy) => fy.yen > 0)
    .map((fy) => {
      const yearly = `${fy.fiscalYear}-${LATER_BILL_DUE}`;
      const current = fy.fiscalYear <= fiscalYearOf(permittedOn);
      return { fiscalYear: fy.fiscalYear, amountYen: fy.yen, dueDate: current || yearly < first ? first : yearly };
    });
}

function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
