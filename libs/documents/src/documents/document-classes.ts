/** 公開・部分公開・非公開: how much of a document information disclosure (情報公開) may release. */
export const DISCLOSURE_CLASSES = ['public', 'partial', 'closed'] as const;
export type DisclosureClass = (typeof DISCLOSURE_CLASSES)[number];
export const DISCLOSURE_LABELS: Record<DisclosureClass, string> = {
  public: '公開',
  partial: '部分公開',
  closed: '非公開',
};

/**
 * 決裁区分: the workflow business types the 専決 table "standard" names a decider for (課長, 部長, 副市長, 市長).
 */
export const DECISION_CLASSES = [
  'document-routine',
  'document-important',
  'document-major',
  'document-policy',
] as const;
export type DecisionClass = (typeof DECISION_CLASSES)[number];
export const DECISION_CLASS_LABELS: Record<DecisionClass, string> = {
  'document-routine': '課長専決',
  'document-important': '部長専決',
  'document-major': '副市長専決',
  'document-policy': '市長決裁',
};

/** 起案 (a draft put up for decision) or 収受 (an incoming document registered and circulated). */
export type DocumentKind = 'draft' | 'received';

/**
 * editing (the drafter may change it) → inRoute (in the workflow) → decided (frozen) or rejected (却下, closed);
 * a withdrawn route (取下げ) returns it to editing. Received documents go registered → inRoute → circulated.
 * disposed keeps only the metadata (a tombstone).
 */
export type DocumentStatus = 'editing' | 'registered' | 'inRoute' | 'decided' | 'rejected' | 'circulated' | 'disposed';

/** When a draft receives its 文書番号: when it is drafted, or only once it is decided (a city setting). */
export const NUMBERING_MOMENTS = ['drafting', 'decision'] as const;
export type NumberingMoment = (typeof NUMBERING_MOMENTS)[number];

/** 施行: how a decided document went out. */
export const DISPATCH_METHODS = ['electronic', 'post', 'handDelivery', 'notice', 'none'] as const;
export type DispatchMethod = (typeof DISPATCH_METHODS)[number];
export const DISPATCH_METHOD_LABELS: Record<DispatchMethod, string> = {
  electronic: '電子署名により送付',
  post: '郵送',
  handDelivery: '手渡し',
  notice: '掲示・公告',
  none: '施行なし',
};
