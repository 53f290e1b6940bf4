// The documents API's answers as these screens use them (see libs/documents/src/api).

export type DisclosureClass = 'public' | 'partial' | 'closed';
export type DecisionClass = 'document-routine' | 'document-important' | 'document-major' | 'document-policy';
export type DocumentStatus = 'editing' | 'registered' | 'inRoute' | 'decided' | 'rejected' | 'circulated' | 'disposed';
export type DispatchMethod = 'electronic' | 'post' | 'handDelivery' | 'notice' | 'none';
export type EndAction = 'dispose' | 'transfer';

export interface Attachment {
  id: number;
  name: string;
  version: number;
  mediaType: string;
  size: number;
  sha256: string;
  addedAfterDecision: boolean;
  createdAt: string;
}

/** One box of the 決裁欄. */
export interface RouteStamp {
  step: string | null;
  label: string | null;
  stepKind: string;
  assigneeLabel: string;
  status: string;
  outcome: string | null;
  actorName: string | null;
  capacity: string | null;
  at: string | null;
  comment: string | null;
}

export interface CityDocument {
  id: number;
  kind: 'draft' | 'received';
  status: DocumentStatus;
  unitId: number;
  docSymbol: string;
  fiscalYear: number;
  docNumber: string | null;
  title: string;
  body: string;
  recordFileId: number;
  disclosure: DisclosureClass;
  decisionClass: DecisionClass;
  consultUnits: string[];
  viewers: string[];
  templateId: number | null;
  answersDocumentId: number | null;
  sender: string | null;
  senderNumber: string | null;
  receivedOn: string | null;
  instanceId: number | null;
  drafterUserId: number;
  draftedOn: string;
  submittedAt: string | null;
  decidedAt: string | null;
  decidedSha256: string | null;
  dispatchedAt: string | null;
  dispatchMethod: DispatchMethod | null;
  dispatchNote: string | null;
  /** Set once an electronic 施行 produced the signed PDF. */
  dispatchedPdfSha256?: string | null;
  disposedAt: string | null;
  editable: boolean;
  attachments: Attachment[];
  route: RouteStamp[];
}

/** One step of the route before sending. */
export interface PlannedStep {
  step: 'draft' | 'review' | 'consultation' | 'decision' | 'circulation';
  label: string;
  unitName: string | null;
  positionName: string | null;
  name: string | null;
}

export interface SearchHit {
  id: number;
  kind: 'draft' | 'received';
  status: DocumentStatus;
  docNumber: string | null;
  title: string;
  unitId: number;
  disclosure: DisclosureClass;
  draftedOn: string;
  decidedAt: string | null;
}

export interface SearchResult {
  items: SearchHit[];
  hasMore: boolean;
}

export interface FileCategory {
  id: number;
  code: string;
  name: string;
  sortOrder: number;
}

export interface RecordFile {
  id: number;
  categoryId: number;
  unitId: number;
  title: string;
  fiscalYear: number;
  retention: string;
  endAction: EndAction;
  status: 'open' | 'completed' | 'disposed' | 'transferred';
  completedOn: string | null;
  retentionEndsOn: string | null;
  disposalId: number | null;
}

export interface Disposal {
  id: number;
  recordFileId: number;
  action: EndAction;
  status: 'requested' | 'executed' | 'refused';
  reason: string;
  instanceId: number | null;
  decidedBy: string | null;
  createdAt: string;
  decidedAt: string | null;
  executedAt: string | null;
  contentRemovedAt: string | null;
  route: RouteStamp[];
}

export interface DraftTemplate {
  id: number;
  name: string;
  title: string;
  body: string;
  decisionClass: DecisionClass;
  disclosure: DisclosureClass;
  unitId: number | null;
  /** 廃止: no longer offered for drafting. */
  retiredAt: string | null;
  /** Whether the caller may edit and retire it. */
  maintainable: boolean;
}

export interface OrgUnit {
  id: number;
  code: string;
  name: string;
  kind: string;
  parentId: number | null;
  docSymbol: string | null;
  children: OrgUnit[];
}

export interface SignatureCheck {
  valid: boolean;
  problem: string | null;
  subFilter: string | null;
  signer: { subject: string; issuer: string; serialNumber: string; validFrom: string; validTo: string } | null;
  signingTime: string | null;
  /** When the signer's certificate was found valid: a trusted timestamp's time, else the claimed signing time. */
  certificateCheckedAt: string | null;
  trusted: boolean;
  coversWholeFile: boolean;
  /** The signed ESS signing-certificate-v2 names the carried certificate; null when the signature has none. */
  signingCertificateV2: boolean | null;
  /** The RFC 3161 timestamp over the signature value; null when there is none. */
  timestamp: {
    time: string;
    tsaName?: string;
    imprintMatches: boolean;
    /** The authority is on the city's trust list (RINGI_TSA_TRUSTED_FINGERPRINTS): its time is proven. */
    trusted: boolean;
  } | null;
}

/** The answer of POST /api/documents/verify-signature. */
export interface SignatureVerification {
  signed: boolean;
  valid: boolean;
  trusted: boolean;
  modifiedAfterSigning: boolean;
  signatures: SignatureCheck[];
  summary: string;
  cityCertificateIsDemo: boolean;
}
