/** A 年度 (fiscal year) of a Japanese city runs from 1 April to 31 March; it is named by its starting year. */
export function fiscalYearOf(date: string): number {
  const [year, month] = date.split('-').map(Number);
  return month >= 4 ? year : year - 1;
}

/** 和暦 name of a fiscal year for registers and numbers: 2025 → 令和7年度, 2019 → 令和元年度. */
export function fiscalYearLabel(fiscalYear: number): string {
  if (fiscalYear >= 2019) return `令和${fiscalYear === 2019 ? '元' : fiscalYear - 2018}年度`;
  if (fiscalYear >= 1989) return `平成${fiscalYear === 1989 ? '元' : fiscalYear - 1988}年度`;
  return `昭和${fiscalYear - 1925}年度`;
}
