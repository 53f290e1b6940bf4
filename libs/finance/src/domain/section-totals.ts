import type { LineBalance } from './available-balance';

export interface SectionLine {
  unitId: number;
  unitName: string;
  balance: LineBalance;
}

export interface SectionTotals<L extends SectionLine> {
  unitId: number;
  unitName: string;
  /** The section's lines added up, figure by figure. */
  totals: LineBalance;
  lines: L[];
}

const ZERO: LineBalance = { budget: 0, reserved: 0, committed: 0, paid: 0, unpaid: 0, available: 0 };

/** 予算執行状況 by section: lines grouped by their section in the order given, with the section's totals. */
export function groupBySection<L extends SectionLine>(lines: readonly L[]): SectionTotals<L>[] {
  const sections = new Map<number, SectionTotals<L>>();
  for (const line of lines) {
    let section = sections.get(line.unitId);
    if (!section) {
      section = { unitId: line.unitId, unitName: line.unitName, totals: { ...ZERO }, lines: [] };
      sections.set(line.unitId, section);
    }
    section.lines.push(line);
    for (const key of Object.keys(ZERO) as Array<keyof LineBalance>) section.totals[key] += line.balance[key];
  }
  return [...sections.values()];
}
