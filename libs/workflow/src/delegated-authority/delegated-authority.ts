/**
 * 専決 (delegated authority): who decides a matter, by business type and amount, after a
 * 事務決裁規程-style table. Amounts are whole yen; ranges are inclusive at both ends and
 * `maxAmount: null` means no upper limit.
 */
export interface DelegationRule {
  businessType: string;
  minAmount: number;
  maxAmount: number | null;
  /** Position code of the deciding post (section-chief = 課長, director = 部長, …). */
  decidingPosition: string;
}

export interface DelegationProblem {
  rule: number | null;
  message: string;
}

/** The deciding position for a matter, or null when the table has no rule for it. */
export function decidingPositionFor(
  rules: readonly DelegationRule[],
  businessType: string,
  amount: number,
): string | null {
  const rule = rules.find(
    (r) => r.businessType === businessType && amount >= r.minAmount && (r.maxAmount === null || amount <= r.maxAmount),
  );
  return rule?.decidingPosition ?? null;
}

/**
 * Whether a business type's decider does not depend on the amount (one rule from 0 yen without limit), as
 * for documents decided by their 決裁区分; such matters need no amount.
 */
export function isAmountIndependent(rules: readonly DelegationRule[], businessType: string): boolean {
  const own = rules.filter((r) => r.businessType === businessType);
  return own.length === 1 && own[0].minAmount === 0 && own[0].maxAmount === null;
}

/**
 * A table is usable when, for each business type, its ranges start at 0 yen, follow each other
 * without gap or overlap, and the last one has no upper limit: every amount has exactly one decider.
 */
export function delegationTableProblems(rules: readonly DelegationRule[]): DelegationProblem[] {
  const problems: DelegationProblem[] = [];
  rules.forEach((r, i) => {
    if (!Number.isSafeInteger(r.minAmount) || r.minAmount < 0)
      problems.push({ rule: i, message: '下限額は0以上の整数（円）にしてください' });
    if (r.maxAmount !== null && (!Number.isSafeInteger(r.maxAmount) || r.maxAmount < r.minAmount)) {
      problems.push({ rule: i, message: '上限額は下限額以上の整数（円）にしてください' });
    }
  });
  if (problems.length > 0) return problems;
  const byType = new Map<string, Array<DelegationRule & { index: number }>>();
  rules.forEach((r, index) => byType.set(r.businessType, [...(byType.get(r.businessType) ?? []), { ...r, index }]));
  for (const [type, list] of byType) {
    const sorted = [...list].sort((a, b) => a.minAmount - b.minAmount);
    if (sorted[0].minAmount !== 0)
      problems.push({ rule: sorted[0].index, message: `「${type}」の最初の区分は0円から始めてください` });
    for (let i = 1; i < sorted.length; i++) {
      const previousMax = sorted[i - 1].maxAmount;
      if (previousMax === null || sorted[i].minAmount <= previousMax) {
        problems.push({ rule: sorted[i].index, message: `「${type}」の金額区分が重なっています` });
      } else if (sorted[i].minAmount !== previousMax + 1) {
        problems.push({
          rule: sorted[i].index,
          message: `「${type}」の金額区分に隙間があります（${previousMax + 1}円〜${sorted[i].minAmount - 1}円）`,
        });
      }
    }
    if (sorted[sorted.length - 1].maxAmount !== null) {
      problems.push({
        rule: sorted[sorted.length - 1].index,
        message: `「${type}」の最後の区分は上限なしにしてください`,
      });
    }
  }
  return problems;
}

const MAN = 10_000;

function ladder(businessType: string, limits: [number, number, number]): DelegationRule[] {
  const [chief, director, deputyMayor] = limits;
  return [
    { businessType, minAmount: 0, maxAmount: chief, decidingPosition: 'section-chief' },
    { businessType, minAmount: chief + 1, maxAmount: director, decidingPosition: 'director' },
    { businessType, minAmount: director + 1, maxAmount: deputyMayor, decidingPosition: 'deputy-mayor' },
    { businessType, minAmount: deputyMayor + 1, maxAmount: null, decidingPosition: 'mayor' },
  ];
}

/** The demo city's table, modelled on municipal 事務決裁規程 (amounts in yen, tax included). */
export const DEMO_DELEGATION_RULES: DelegationRule[] = [
  ...ladder('goods', [50 * MAN, 500 * MAN, 5000 * MAN]), // 物品購入
  ...ladder('consignment', [100 * MAN, 500 * MAN, 3000 * MAN]), // 委託
  ...ladder('works', [130 * MAN, 1000 * MAN, 5000 * MAN]), // 工事
  ...ladder('contract', [100 * MAN, 1000 * MAN, 2000 * MAN]), // 契約締結
  ...ladder('usage-fee', [50 * MAN, 300 * MAN, 1000 * MAN]), // 使用料
  // Documents are decided by their 決裁区分, whatever the amount.
  { businessType: 'document-routine', minAmount: 0, maxAmount: null, decidingPosition: 'section-chief' }, // 課長専決
  { businessType: 'document-important', minAmount: 0, maxAmount: null, decidingPosition: 'director' }, // 部長専決
  { businessType: 'document-major', minAmount: 0, maxAmount: null, decidingPosition: 'deputy-mayor' }, // 副市長専決
  { businessType: 'document-policy', minAmount: 0, maxAmount: null, decidingPosition: 'mayor' }, // 市長決裁
  // 道路占用許可 is decided by the 道路管理課長 (課長専決).
  { businessType: 'road-occupancy', minAmount: 0, maxAmount: null, decidingPosition: 'section-chief' },
];
