// The permits API's answers as the portal and the clerks' screens use them (see libs/permits/src/api).

export type ApplicationKind = 'new' | 'renewal' | 'change' | 'end' | 'succession';
export type FeeUnit = 'pole' | 'metre' | 'squareMetre';
export type GeometryType = 'Point' | 'LineString' | 'Polygon';
export type Position = [number, number];

export interface CategoryField {
  key: string;
  label: string;
  type: 'text' | 'number' | 'select';
  required: boolean;
  options?: readonly string[];
  min?: number;
  max?: number;
}

export interface OccupancyCategory {
  code: string;
  name: string;
  feeCategory: string;
  unit: FeeUnit;
  maxYears: number;
  fields: readonly CategoryField[];
  requiredAttachments: readonly string[];
}

export type PlaceGeometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'Polygon'; coordinates: Position[][] };

export interface TimelineEntry {
  at: string;
  stage: string;
  label: string;
  message: string | null;
}

export interface Bill {
  id: number;
  fiscalYear: number;
  amountYen: number;
  dueDate: string;
  /** cancelled: a fiscal year after the permit ended early owes nothing. */
  status: 'unpaid' | 'paid' | 'cancelled';
  paidAt: string | null;
}

export interface Attachment {
  id: number;
  attachmentKind: string;
  fileName: string;
  mediaType: string;
  size: number;
  treatment: string;
  uploadedAt: string;
}

export interface ApplicationView {
  id: number;
  kind: ApplicationKind;
  categoryCode: string;
  fields: Record<string, unknown>;
  address: string;
  roadName: string;
  geometry: PlaceGeometry;
  feeDistrict: number;
  /** Why a clerk set the 級地 by hand; null when it follows from the place. */
  feeDistrictReason: string | null;
  quantity: number;
  periodFrom: string;
  periodTo: string;
  policeConsultation: boolean;
  quotedFeeYen: number;
  status: 'reviewing' | 'permitted' | 'rejected' | 'withdrawn';
  stage: string;
  holderName: string | null;
  instanceId: number | null;
  permitNumber: string | null;
  verificationCode: string | null;
  submittedAt: string;
  decidedAt: string | null;
  /** A permit ended before its period (廃止, or superseded by a permitted 変更・承継). */
  end: { on: string; reason: 'ended' | 'superseded'; byApplicationId: number } | null;
  /** The permitted 更新 continuing this permit. */
  renewedByApplicationId: number | null;
}

/** The permit an 更新・変更・廃止・承継 cites. */
export interface CitedPermit {
  id: number;
  permitNumber: string;
  period: { from: string; to: string };
}

export interface ApplicationDetail extends ApplicationView {
  /** The permit the application continues, changes, ends or takes over; null for 新規. */
  citedPermit: CitedPermit | null;
  /** 承継: the holder the applicant takes over from. */
  citedHolderName: string | null;
  timeline: TimelineEntry[];
  bills: Bill[];
  attachments: Attachment[];
  missingAttachments: string[];
  /** 許可条件 as the clerks set them; printed on the permit. */
  conditions: PermitCondition[];
}

/** The clerks' view of a case adds what the review records on it. */
export interface ClerkApplicationDetail extends ApplicationDetail {
  applicant: { name: string; address: string; contact: string; portalUserId: number | null } | null;
  enteredByUserId: number | null;
  feeBreakdown: FeeQuote | null;
  checklist: ChecklistEntry[];
  policeResult: PoliceConsultationResult | null;
  exemption: Exemption | null;
}

export interface ChecklistEntry {
  key: string;
  label: string;
  required: boolean;
  checked: boolean;
  note: string | null;
  checkedAt: string | null;
}

export interface ConditionTemplate {
  code: string;
  title: string;
  body: string;
}

export interface PermitCondition {
  templateCode: string | null;
  text: string;
}

export type PoliceResult = 'agreed' | 'agreedWithConditions' | 'notAgreed';

export interface PoliceConsultationResult {
  consultedOn: string;
  result: PoliceResult;
  reference: string;
  note: string | null;
}

export interface Exemption {
  percent: number;
  reason: string;
  status: 'requested' | 'approved' | 'rejected';
  comment: string | null;
}

/** What an application is submitted (or corrected) with; the 級地 follows from the place. */
export interface ApplicationInput {
  kind: ApplicationKind;
  categoryCode: string;
  fields: Record<string, unknown>;
  address: string;
  roadName: string;
  geometry: PlaceGeometry;
  quantity: number;
  periodFrom: string;
  periodTo: string;
  policeConsultation: boolean;
  /** 更新・変更・廃止・承継: the current permit's number. */
  citedPermitNumber?: string;
  /** 承継: the current holder as the permit names them. */
  currentHolderName?: string;
}

export interface FiscalYearFee {
  fiscalYear: number;
  from: string;
  to: string;
  months: number;
  unitPrice: number;
  per: 'year' | 'month';
  quantity: number;
  baseYen: number;
  exemptionYen: number;
  taxYen: number;
  yen: number;
}

export interface FeeQuote {
  tableVersion: string;
  category: string;
  feeDistrict: number;
  unit: FeeUnit;
  quantity: number;
  totalYen: number;
  fiscalYears: FiscalYearFee[];
}

export interface PermitVerification {
  genuine: true;
  permitNumber: string;
  holderName: string | null;
  category: string;
  place: string;
  periodFrom: string;
  periodTo: string;
  /** 有効, not yet in force, 期間満了, no longer permitted (取消), 廃止, or superseded by a 変更・承継. */
  state: 'valid' | 'notYetValid' | 'expired' | 'revoked' | 'ended' | 'superseded';
  inForce: boolean;
  endedOn: string | null;
  /** The permit that replaced a superseded one. */
  supersededBy: string | null;
}

/** The 級地 a place falls in, by the area table in force. */
export interface PlaceDistrict {
  feeDistrict: number;
  areaTableVersion: string;
  areas: string[];
}

export interface FeeAreaTable {
  version: string;
  effectiveFrom: string;
  defaultDistrict: number;
  areas: { name: string; feeDistrict: number; polygon: Position[][] }[];
}

export interface Checkout {
  checkoutRef: string;
  amountYen: number;
  payUrl: string;
}

export interface Message {
  id: number;
  authorKind: 'applicant' | 'clerk';
  authorName: string;
  body: string;
  at: string;
  unread: boolean;
}

export interface MessageThread {
  messages: Message[];
  unread: number;
}
