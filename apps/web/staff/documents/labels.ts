import type { DecisionClass, DisclosureClass, DispatchMethod, DocumentStatus, EndAction, RecordFile } from './types';

// Japanese names of the documents API's codes, so every documents screen says the same thing.

export const DISCLOSURE_LABELS: Record<DisclosureClass, string> = {
  public: '公開',
  partial: '部分公開',
  closed: '非公開',
};

/** 決裁区分, by who decides under the 専決 table "standard". */
export const DECISION_CLASS_LABELS: Record<DecisionClass, string> = {
  'document-routine': '課長専決（定例的なもの）',
  'document-important': '部長専決（重要なもの）',
  'document-major': '副市長専決（特に重要なもの）',
  'document-policy': '市長決裁（政策的なもの）',
};

export const STATUS_LABELS: Record<DocumentStatus, string> = {
  editing: '作成中',
  registered: '収受済み',
  inRoute: '回議中',
  decided: '決裁済み',
  rejected: '却下',
  circulated: '供覧済み',
  disposed: '廃棄済み',
};

export const DISPATCH_LABELS: Record<DispatchMethod, string> = {
  electronic: '電子署名により送付',
  post: '郵送',
  handDelivery: '手渡し',
  notice: '掲示・公告',
  none: '施行なし',
};

export const END_ACTION_LABELS: Record<EndAction, string> = {
  dispose: '廃棄',
  transfer: '移管（公文書館）',
};

export const RECORD_FILE_STATUS_LABELS: Record<RecordFile['status'], string> = {
  open: '現年',
  completed: '完結',
  disposed: '廃棄済み',
  transferred: '移管済み',
};

export const RETENTION_CHOICES = ['1', '3', '5', '10', '30', 'permanent'] as const;

export function retentionLabel(retention: string): string {
  return retention === 'permanent' ? '永年' : `${retention}年`;
}

/** 令和8年度 from the fiscal year's starting calendar year. */
export function fiscalYearLabel(year: number): string {
  return year >= 2019 ? `令和${year === 2019 ? '元' : year - 2018}年度` : `平成${year - 1988}年度`;
}

/** A select's or radio group's choices from a label table, in the table's order. */
export function choicesOf<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
