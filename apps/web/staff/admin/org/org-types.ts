// The organisation API's answers (libs/hr/src/organisation/views.ts) as the admin screens use them.

export interface Position {
  code: string;
  name: string;
  rank: number;
}

export interface Posting {
  id: number;
  staffId: number;
  employeeNo: string;
  staffName: string;
  unitId: number;
  unitName: string;
  positionCode: string;
  positionName: string;
  rank: number;
  startDate: string;
  endDate: string | null;
  concurrent: boolean;
  note: string | null;
}

export interface StaffItem {
  id: number;
  employeeNo: string;
  name: string;
  nameKana: string;
  active: boolean;
  posts: Posting[];
}

export interface Deputy {
  id: number;
  unitId: number;
  unitName: string;
  positionCode: string;
  positionName: string;
  deputyUnitId: number;
  deputyUnitName: string;
  deputyPositionCode: string;
  deputyPositionName: string;
  priority: number;
  startDate: string | null;
  endDate: string | null;
}

export interface Absence {
  id: number;
  staffId: number;
  from: string;
  to: string;
  reason: string;
}

export type PostingState = 'current' | 'planned' | 'ended';

/** Whether a posting holds on `today` (YYYY-MM-DD), starts later (予定) or is over. */
export function postingState(p: Pick<Posting, 'startDate' | 'endDate'>, today: string): PostingState {
  if (p.startDate > today) return 'planned';
  if (p.endDate !== null && p.endDate < today) return 'ended';
  return 'current';
}

export const POSTING_STATE_LABELS: Record<PostingState, string> = {
  current: '現在',
  planned: '予定',
  ended: '終了',
};
