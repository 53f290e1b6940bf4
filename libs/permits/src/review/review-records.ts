/** The applicant as recorded at the counter (窓口代行入力), with the portal account that follows the case. */
export interface CounterApplicant {
  name: string;
  address: string;
  contact: string;
  portalUserId: number | null;
}

/** A 許可条件 template as the section keeps it. */
export interface ConditionTemplate {
  code: string;
  title: string;
  body: string;
  /** The categories it suits; null for all. */
  categoryCodes: string[] | null;
}

/** One 許可条件 of a permit: the template it came from (if any) and the text as the clerk edited it. */
export interface PermitCondition {
  templateCode: string | null;
  text: string;
}

export const POLICE_RESULTS = ['agreed', 'agreedWithConditions', 'notAgreed'] as const;
export type PoliceResult = (typeof POLICE_RESULTS)[number];

/** The answer of the police to the 道路使用許可協議. */
export interface PoliceConsultationResult {
  consultedOn: string;
  result: PoliceResult;
  /** The police's reference, e.g. 港署交第45号. */
  reference: string;
  note: string | null;
  recordedByUserId: number;
}

/** 減免: asked for by a clerk with its reason; in the fee only once the section chief approved it. */
export interface Exemption {
  percent: number;
  reason: string;
  status: 'requested' | 'approved' | 'rejected';
  requestedByUserId: number;
  decidedByUserId: number | null;
  comment: string | null;
}

/** A JSON column's value, or null when empty. */
export function fromJson<T>(json: string | null): T | null {
  return json ? (JSON.parse(json) as T) : null;
}
