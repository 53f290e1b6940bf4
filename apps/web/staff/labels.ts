// Japanese names for the API's codes, in one place so every screen says the same thing.

export const STEP_KIND_LABELS: Record<string, string> = {
  approve: '承認',
  consult: '合議',
  circulate: '供覧',
  decide: '決裁',
  review: '後閲',
  consultation: '合議（依頼）',
};

export const CAPACITY_LABELS: Record<string, string> = {
  self: '',
  deputyDecision: '代決',
  escalation: '引上げ',
  postReview: '後閲',
  pullUp: '引上げ',
  system: 'システム',
};

export const HISTORY_ACTION_LABELS: Record<string, string> = {
  started: '起案',
  approved: '承認',
  rejected: '却下',
  sentBack: '差戻し',
  recalled: '引戻し',
  withdrawn: '取下げ',
  completed: '完了',
  acknowledged: '確認',
  consulted: '合議依頼',
  postReviewed: '後閲済み',
  passedForPostReview: '後閲で先へ',
  pulledUp: '引上げ',
};

export const INSTANCE_STATUS_LABELS: Record<string, string> = {
  running: '回議中',
  completed: '決裁済み',
  rejected: '却下',
  withdrawn: '取下げ',
  failed: 'エラー',
};

export function labelOf(table: Record<string, string>, code: string): string {
  return table[code] ?? code;
}
