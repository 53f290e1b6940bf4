import { NATIONAL_FEE_RULES, type FeePrice, type FeeTable } from '../fees/occupancy-fee';

const price = (
  category: string,
  prices: [number, number, number],
  unit: FeePrice['unit'],
  per: FeePrice['per'] = 'year',
): FeePrice[] => prices.map((unitPrice, i) => ({ category, feeDistrict: i + 1, unitPrice, unit, per }));

/**
 * みなと市道路占用料条例 別表 (demo): yen per unit per year (per month for 足場・工事用板囲) in 1級地,
 * 2級地, 3級地. Modelled on the national 道路法施行令 別表 scale; not any real city's figures.
 */
export const DEMO_FEE_TABLE: FeeTable = {
  version: 'R6',
  effectiveFrom: '2024-04-01',
  rules: NATIONAL_FEE_RULES,
  prices: [
    ...price('第一種電柱', [2400, 1800, 1200], 'pole'),
    ...price('第二種電柱', [3700, 2800, 1900], 'pole'),
    ...price('第三種電柱', [5000, 3800, 2500], 'pole'),
    ...price('電話柱', [2200, 1700, 1100], 'pole'),
    ...price('支線', [2000, 1500, 1000], 'pole'),
    ...price('変圧塔', [3700, 2800, 1900], 'pole'),
    ...price('地下電線・通信管', [36, 27, 18], 'metre'),
    ...price('ガス管（外径0.07m未満）', [42, 32, 21], 'metre'),
    ...price('ガス管（外径0.07m以上0.1m未満）', [60, 45, 30], 'metre'),
    ...price('水管（外径0.07m未満）', [42, 32, 21], 'metre'),
    ...price('下水道管（外径0.07m未満）', [42, 32, 21], 'metre'),
    ...price('看板', [4800, 3600, 2400], 'squareMetre'),
    ...price('広告塔', [4800, 3600, 2400], 'squareMetre'),
    ...price('足場', [480, 360, 240], 'squareMetre', 'month'),
    ...price('工事用板囲', [480, 360, 240], 'squareMetre', 'month'),
  ],
};
