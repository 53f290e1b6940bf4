import {
  DEMO_DELEGATION_RULES,
  decidingPositionFor,
  isAmountIndependent,
  delegationTableProblems,
  type DelegationRule,
} from './delegated-authority';

describe('専決: the deciding post by type and amount', () => {
  it.each([
    ['goods', 300_000, 'section-chief'], // a 30万円 purchase ends at 課長
    ['goods', 500_000, 'section-chief'], // exactly 50万円
    ['goods', 500_001, 'director'], // 50万1円
    ['goods', 5_000_000, 'director'],
    ['goods', 5_000_001, 'deputy-mayor'],
    ['goods', 50_000_000, 'deputy-mayor'],
    ['goods', 50_000_001, 'mayor'],
    ['contract', 30_000_000, 'mayor'], // a 3,000万円 contract goes to 市長
    ['contract', 20_000_000, 'deputy-mayor'],
    ['works', 1_300_000, 'section-chief'],
    ['works', 1_300_001, 'director'],
    ['goods', 0, 'section-chief'],
    ['travel', 100, null],
    ['document-routine', 0, 'section-chief'],
    ['document-policy', 0, 'mayor'],
  ])('%s of %i yen → %s', (type, amount, decider) => {
    expect(decidingPositionFor(DEMO_DELEGATION_RULES, type, amount)).toBe(decider);
  });

  it.each([
    ['document-important', true],
    ['goods', false],
    ['travel', false],
  ])('%s is decided without an amount: %s', (type, expected) => {
    expect(isAmountIndependent(DEMO_DELEGATION_RULES, type)).toBe(expected);
  });

  it('accepts the demo table: every amount of every type has exactly one decider', () => {
    expect(delegationTableProblems(DEMO_DELEGATION_RULES)).toEqual([]);
  });

  const rule = (min: number, max: number | null, pos = 'section-chief'): DelegationRule => ({
    businessType: 'goods',
    minAmount: min,
    maxAmount: max,
    decidingPosition: pos,
  });

  it.each([
    [
      'a gap',
      [rule(0, 100), rule(200, null)],
      [{ rule: 1, message: '「goods」の金額区分に隙間があります（101円〜199円）' }],
    ],
    ['an overlap', [rule(0, 100), rule(100, null)], [{ rule: 1, message: '「goods」の金額区分が重なっています' }]],
    ['no start at 0', [rule(1, null)], [{ rule: 0, message: '「goods」の最初の区分は0円から始めてください' }]],
    ['a capped last range', [rule(0, 100)], [{ rule: 0, message: '「goods」の最後の区分は上限なしにしてください' }]],
    ['a fractional amount', [rule(0, 100.5)], [{ rule: 0, message: '上限額は下限額以上の整数（円）にしてください' }]],
    ['a negative amount', [rule(-1, null)], [{ rule: 0, message: '下限額は0以上の整数（円）にしてください' }]],
  ])('refuses %s', (_name, rules, problems) => {
    expect(delegationTableProblems(rules)).toEqual(problems);
  });
});
