/** 受付, 審査中, 補正依頼, 協議中, 決裁中, 許可, 不許可, 取下げ: where an application stands for its applicant. */
export const APPLICATION_STAGES = [
  'received',
  'reviewing',
  'correctionRequested',
  'consulting',
  'deciding',
  'permitted',
  'rejected',
  'withdrawn',
] as const;
export type ApplicationStage = (typeof APPLICATION_STAGES)[number];

export const STAGE_LABELS: Record<ApplicationStage, string> = {
  received: '受付',
  reviewing: '審査中',
  correctionRequested: '補正依頼',
  consulting: '協議中',
  deciding: '決裁中',
  permitted: '許可',
  rejected: '不許可',
  withdrawn: '取下げ',
};

/** The stage each step of the road-occupancy-permit process puts the application in when it opens. */
export const STAGE_OF_STEP: Readonly<Record<string, ApplicationStage>> = {
  intake: 'received',
  review: 'reviewing',
  police: 'consulting',
  decision: 'deciding',
};

/** Timeline lines that are not a stage: what happened to the application meanwhile. */
export type TimelineNotice =
  | 'corrected'
  | 'renewalReminder'
  | 'renewed'
  | 'ended'
  | 'superseded'
  | 'billed'
  | 'billCancelled'
  | 'paid'
  | 'overdue';

export const NOTICE_LABELS: Record<TimelineNotice, string> = {
  corrected: '補正済',
  renewalReminder: '更新のお知らせ',
  renewed: '更新許可',
  ended: '廃止',
  superseded: '変更・承継による失効',
  billCancelled: '請求の取消',
  billed: '占用料の請求',
  paid: '納付済',
  overdue: '督促',
};
