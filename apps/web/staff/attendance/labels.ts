import type { DayFlag, LeaveUnit, MonthStatus, OvertimeStatus, RequestStatus } from './types';

export const MONTH_STATUS_LABELS: Record<MonthStatus, string> = {
  open: '未提出',
  submitted: '提出済み（上司の承認待ち）',
  approved: '承認済み',
  closed: '締め済み',
};

export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  pending: '承認待ち',
  approved: '承認済み',
  rejected: '却下',
  withdrawn: '取下げ',
};

export const FLAG_LABELS: Record<DayFlag, string> = {
  missingClockIn: '出勤打刻なし',
  missingClockOut: '退勤打刻なし',
  noRecord: '打刻・休暇なし',
  leavePending: '休暇承認待ち',
};

export const UNIT_LABELS: Record<LeaveUnit, string> = { day: '1日', halfDay: '半日', hour: '時間' };

export const OVERTIME_STATUS_LABELS: Record<OvertimeStatus, string> = {
  ordered: '命令済み（実績未確認）',
  awaitingExcess: '上限超過の承認待ち',
  confirmed: '実績確認済み',
  refused: '上限超過の承認なし',
  cancelled: '取消し',
};

export const SOURCE_LABELS: Record<string, string> = {
  self: '本人',
  card: 'ICカード',
  proxy: '代理入力',
  correction: '打刻修正',
  hr: '人事課',
};
