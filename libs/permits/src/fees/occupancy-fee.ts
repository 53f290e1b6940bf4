import { monthsCounted, splitByFiscalYear, type CalendarDate } from './fiscal-periods';

/** What a category's quantity counts. */
export type FeeUnit = 'pole' | 'metre' | 'squareMetre';

export interface FeePrice {
  category: string;
  /** 級地 (fee district) the price applies in. */
  feeDistrict: number;
  /** Yen per unit per `per`: per year for most categories, per month for e.g. 足場・工事用板囲. */
  unitPrice: number;
  unit: FeeUnit;
  per: 'year' | 'month';
}

/**
 * How a table rounds and charges; the national rules (道路法施行令19条) are the defaults. A part month always
 * counts as a whole month, as every ordinance modelled on the 令 has it.
 */
export interface FeeRules {
  /** Quantities are truncated to this step (0.01 m or m²). */
  quantityStep: number;
  /** The least a fiscal year's fee may be, in yen. */
  minimumYen: number;
  /** Occupations shorter than one month pay consumption tax on top where the ordinance says so. */
  taxUnderOneMonth: boolean;
  /** e.g. 10 for 10%. */
  taxRatePercent: number;
}

export const NATIONAL_FEE_RULES: FeeRules = {
  quantityStep: 0.01,
  minimumYen: 100,
  taxUnderOneMonth: true,
  taxRatePercent: 10,
};

/** A fee table in force from a date (条例の改正ごとに版を重ねる). */
export interface FeeTable {
  version: string;
  effectiveFrom: CalendarDate;
  rules: FeeRules;
  prices: readonly FeePrice[];
}

export interface FeeQuoteInput {
  category: string;
  feeDistrict: number;
  quantity: number;
  from: CalendarDate;
  to: CalendarDate;
  /** 減免: the share of the fee waived, 0–100 percent, with its reason (approved separately). */
  exemption?: { percent: number; reason: string };
}

export interface FiscalYearFee {
  fiscalYear: number;
  from: CalendarDate;
  to: CalendarDate;
  months: number;
  unitPrice: number;
  per: 'year' | 'month';
  quantity: number;
  /** Before exemption and tax. */
  baseYen: number;
  exemptionYen: number;
  taxYen: number;
  yen: number;
}

export interface FeeQuote {
  tableVersion: string;
  category: string;
  feeDistrict: number;
  unit: FeeUnit;
  quantity: number;
  totalYen: number;
  fiscalYears: FiscalYearFee[];
}

export class FeeQuoteError extends Error {
  override readonly name = 'FeeQuoteError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** The table (fee or area) in force on a date: the latest whose effectiveFrom is on or before it. */
export function tableInForce<T extends { effectiveFrom: CalendarDate }>(
  tables: readonly T[],
  on: CalendarDate,
): T | null {
  return (
    [...tables]
      .filter((t) => t.effectiveFrom <= on)
      .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0] ?? null
  );
}

/**
 * 占用料: per fiscal year of the period, unit price × quantity × months (a year priced per year is charged
 * by twelfths), yen fractions truncated, at least the minimum, then 減免 and, for occupations under a month,
 * consumption tax. Integer yen throughout.
 */
export function quoteOccupancyFee(table: FeeTable, input: FeeQuoteInput): FeeQuote {
  const price = table.prices.find((p) => p.category === input.category && p.feeDistrict === input.feeDistrict);
  if (!price) {
    throw new FeeQuoteError(
      'category',
      `占用物件「${input.category}」の${input.feeDistrict}級地の単価が料金表にありません。`,
    );
  }
  if (!(input.to >= input.from)) throw new FeeQuoteError('to', '占用期間の終期は始期以後の日付にしてください。');
  if (!(input.quantity > 0) || !Number.isFinite(input.quantity)) {
    throw new FeeQuoteError('quantity', '数量は0より大きい数で指定してください。');
  }
  const exemptionPercent = input.exemption?.percent ?? 0;
  if (!Number.isInteger(exemptionPercent) || exemptionPercent < 0 || exemptionPercent > 100) {
    throw new FeeQuoteError('exemption', '減免率は0〜100の整数（%）で指定してください。');
  }
  const { rules } = table;
  const steps = Math.floor(input.quantity / rules.quantityStep + 1e-9);
  const quantity = Math.round(steps * rules.quantityStep * 100) / 100;
  if (steps === 0) throw new FeeQuoteError('quantity', `数量が${rules.quantityStep}未満のため占用料を計算できません。`);
  const underOneMonth = monthsCounted(input.from, input.to) === 1 && !isWholeMonth(input.from, input.to);
  const fiscalYears = splitByFiscalYear(input.from, input.to).map((segment): FiscalYearFee => {
    const months = monthsCounted(segment.from, segment.to);
    // unitPrice × quantity (in steps) × months, divided once at the end so truncation happens once.
    const stepsPerUnit = Math.round(1 / rules.quantityStep);
    const numerator = price.unitPrice * steps * months;
    const denominator = stepsPerUnit * (price.per === 'year' ? 12 : 1);
    const baseYen = Math.max(Math.floor(numerator / denominator), rules.minimumYen);
    const exemptionYen = Math.floor((baseYen * exemptionPercent) / 100);
    const afterExemption = baseYen - exemptionYen;
    const taxYen =
      rules.taxUnderOneMonth && underOneMonth ? Math.floor((afterExemption * rules.taxRatePercent) / 100) : 0;
    return {
      ...segment,
      months,
      unitPrice: price.unitPrice,
      per: price.per,
      quantity,
      baseYen,
      exemptionYen,
      taxYen,
      yen: afterExemption + taxYen,
    };
  });
  return {
    tableVersion: table.version,
    category: price.category,
    feeDistrict: price.feeDistrict,
    unit: price.unit,
    quantity,
    totalYen: fiscalYears.reduce((sum, fy) => sum + fy.yen, 0),
    fiscalYears,
  };
}

/** A period of exactly one month (4/1–4/30) is not "under one month". */
function isWholeMonth(from: CalendarDate, to: CalendarDate): boolean {
  const [y, m, d] = from.split('-').map(Number);
  const next = new Date(Date.UTC(y, m, d));
  next.setUTCDate(next.getUTCDate() - 1);
  return next.toISOString().slice(0, 10) === to;
}
