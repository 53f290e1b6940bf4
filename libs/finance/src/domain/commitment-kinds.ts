/**
 * Kinds of commitment (支出負担行為の区分). Each is a business type of the 専決 table, so the workflow's
 * `decider(standard)` finds the deciding post by kind and amount. Only kinds the table has rules for are
 * offered: a kind without rules could not be routed.
 */
export const COMMITMENT_KINDS = ['goods', 'consignment', 'works', 'usage-fee', 'personnel'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

export const COMMITMENT_KIND_LABELS: Record<CommitmentKind, string> = {
  goods: '物品',
  consignment: '委託',
  works: '工事',
  'usage-fee': '使用料',
  personnel: '人件費',
};

export function isCommitmentKind(value: unknown): value is CommitmentKind {
  return typeof value === 'string' && (COMMITMENT_KINDS as readonly string[]).includes(value);
}
