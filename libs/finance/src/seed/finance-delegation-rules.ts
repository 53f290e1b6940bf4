import type { DelegationRule } from '@ringi/workflow';

const MAN = 10_000;

/**
 * 専決 rows finance adds to the city's table for kinds the common table does not cover. 人件費 (報酬・給料・
 * 職員手当・共済費) is paid under ordinances and the budget, so its limits are higher than for goods, and no
 * amount of it goes up to the 市長.
 */
export const FINANCE_DELEGATION_RULES: DelegationRule[] = [
  { businessType: 'personnel', minAmount: 0, maxAmount: 1000 * MAN, decidingPosition: 'section-chief' },
  { businessType: 'personnel', minAmount: 1000 * MAN + 1, maxAmount: 10000 * MAN, decidingPosition: 'director' },
  { businessType: 'personnel', minAmount: 10000 * MAN + 1, maxAmount: null, decidingPosition: 'deputy-mayor' },
];
