import type { ApplicationKind, Bill, FeeUnit, GeometryType } from './types';

// Japanese names for the permits API's codes, shared by the portal and the clerks' screens.

export const KIND_LABELS: Record<ApplicationKind, string> = {
  new: '新規',
  renewal: '更新',
  change: '変更',
  end: '廃止',
  succession: '承継',
};

export const UNIT_LABELS: Record<FeeUnit, string> = { pole: '本', metre: 'm', squareMetre: 'm²' };

export const GEOMETRY_LABELS: Record<GeometryType, string> = {
  Point: '点（電柱など）',
  LineString: '線（管・線など）',
  Polygon: '面（看板・足場など）',
};

/** The shape a category's occupation usually has, as the place step's first choice. */
export const GEOMETRY_OF_UNIT: Record<FeeUnit, GeometryType> = {
  pole: 'Point',
  metre: 'LineString',
  squareMetre: 'Polygon',
};

export const STATUS_LABELS: Record<string, string> = {
  reviewing: '審査中',
  permitted: '許可',
  rejected: '不許可',
  withdrawn: '取下げ',
};

/** The stages an application passes, in order, for the progress line on the timeline. */
export const STAGE_STEPS: readonly { stage: string; label: string }[] = [
  { stage: 'received', label: '受付' },
  { stage: 'reviewing', label: '審査中' },
  { stage: 'correctionRequested', label: '補正依頼' },
  { stage: 'consulting', label: '協議中' },
  { stage: 'deciding', label: '決裁中' },
  { stage: 'permitted', label: '許可' },
  { stage: 'rejected', label: '不許可' },
];

export const STAGE_LABELS: Record<string, string> = Object.fromEntries(STAGE_STEPS.map((s) => [s.stage, s.label]));

/** Why a permit ended before its period, in a word for lists. */
export const END_LABELS = { ended: '廃止', superseded: '変更・承継により失効' } as const;

export const BILL_STATUS_LABELS: Record<Bill['status'], string> = {
  unpaid: '未納',
  paid: '納付済',
  cancelled: '取消（許可の廃止・引継ぎ）',
};

export const yen = (amount: number) => `${amount.toLocaleString('ja-JP')}円`;
