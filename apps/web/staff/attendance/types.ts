// The attendance API's answers as these screens use them (see libs/hr/src/attendance).

export type MonthStatus = 'open' | 'submitted' | 'approved' | 'closed';
export type RequestStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn';
export type DayFlag = 'missingClockIn' | 'missingClockOut' | 'noRecord' | 'leavePending';
export type LeaveUnit = 'day' | 'halfDay' | 'hour';

export interface DayRecord {
  staffId: number;
  workDate: string;
  clockInAt: string | null;
  clockInSource: string | null;
  clockOutAt: string | null;
  clockOutSource: string | null;
}

export interface DayLine {
  date: string;
  patternCode: string | null;
  working: boolean;
  clockInAt: string | null;
  clockInSource: string | null;
  clockOutAt: string | null;
  clockOutSource: string | null;
  leave: { kindCode: string; unit: LeaveUnit; minutes: number; status: RequestStatus }[];
  split: { regular: number; weekdayOvertime: number; holidayWork: number; lateNight: number } | null;
  flags: DayFlag[];
}

export interface MonthTotals {
  daysWorked: number;
  leaveDays: Record<string, number>;
  overtime: { weekday: number; holiday: number; lateNight: number };
}

export interface MonthView {
  staffId: number;
  month: string;
  days: DayLine[];
  totals: MonthTotals;
  status: MonthStatus;
  instanceId: number | null;
}

export interface LeaveKind {
  code: string;
  name: string;
  units: string;
  paid: boolean;
}

export interface Balance {
  kindCode: string;
  kindName: string;
  periodStart: string;
  periodEnd: string;
  available: string;
  availableMinutes: number;
  usedMinutes: number;
  pendingMinutes: number;
  dayMinutes: number;
  hourLeaveMinutes: number;
  hourLeaveCapMinutes: number | null;
}

export interface LeaveRequest {
  id: number;
  staffId: number;
  kindCode: string;
  unit: LeaveUnit;
  startDate: string;
  endDate: string;
  startTime: string | null;
  minutes: number;
  days: number;
  reason: string;
  status: RequestStatus;
  instanceId: number | null;
}

export interface Correction {
  id: number;
  staffId: number;
  workDate: string;
  clockInAt: string | null;
  clockOutAt: string | null;
  reason: string;
  status: RequestStatus;
  instanceId: number | null;
}

export type OvertimeStatus = 'ordered' | 'awaitingExcess' | 'confirmed' | 'refused' | 'cancelled';

export interface OvertimeOrder {
  id: number;
  staffId: number;
  workDate: string;
  plannedMinutes: number;
  task: string;
  status: OvertimeStatus;
  excessReason: string | null;
  confirmedMinutes: number | null;
  weekdayMinutes: number;
  holidayMinutes: number;
  lateNightMinutes: number;
}

export interface OvertimeFinding {
  limit: 'monthly' | 'yearly' | 'average' | 'monthsOver45';
  level: 'warning' | 'exceeded';
  value: number;
  max: number;
  span?: number;
  message: string;
}

export interface TeamMember {
  staffId: number;
  employeeNo: string;
  name: string;
  unitName: string;
  positionName: string;
  status: MonthStatus;
  flaggedDays: number;
  totals: MonthTotals;
}

export interface ClerkStaff {
  staffId: number;
  employeeNo: string;
  name: string;
  unitName: string;
}

export interface OverviewRow {
  staffId: number;
  employeeNo: string;
  name: string;
  status: MonthStatus;
  submittedAt: string | null;
  approvedAt: string | null;
  closedAt: string | null;
}

export interface ClosingResult {
  month: string;
  closed: number;
  notApproved: { staffId: number; status: MonthStatus }[];
}

export interface AttendanceMonthRow {
  id: number;
  staffId: number;
  month: string;
  status: MonthStatus;
}

export type AttendanceCase = { staffId: number; staffName: string } & (
  | { process: 'leave-request'; leave: LeaveRequest; kindName: string }
  | { process: 'attendance-correction'; correction: Correction }
  | { process: 'attendance-overtime-excess'; order: OvertimeOrder }
  | { process: 'attendance-month'; month: AttendanceMonthRow }
);
