import type { DecisionClass } from './document-classes';

export interface StampFacts {
  stepKind: string;
  status: string;
  outcome: string | null;
  capacity: string | null;
}

/**
 * The word a 決裁欄 stamp carries: 承認, 合議, 供覧, 決裁 (the 市長 decides a policy matter) or 専決 (a lower post
 * decides by the delegated-authority table), and 代決, 後閲, 引上げ, 却下 or 差戻し when that is what happened. Null
 * for a step nobody has acted on.
 */
export function stampLabel(stamp: StampFacts, decisionClass: DecisionClass): string | null {
  if (stamp.status !== 'completed') return null;
  if (stamp.outcome === 'rejected') return '却下';
  if (stamp.outcome === 'sentBack') return '差戻し';
  if (stamp.outcome === 'passedForPostReview' || stamp.capacity === 'postReview') return '後閲';
  if (stamp.outcome === 'pulledUp' || stamp.capacity === 'pullUp') return '引上げ';
  if (stamp.capacity === 'deputyDecision') return '代決';
  if (stamp.stepKind === 'decide') return decisionClass === 'document-policy' ? '決裁' : '専決';
  if (stamp.stepKind === 'consult') return '合議';
  if (stamp.stepKind === 'circulate') return '供覧';
  return '承認';
}
