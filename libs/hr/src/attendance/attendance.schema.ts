import { AttendanceDay, Correction } from './entities/attendance-day.entity';
import { AttendanceMonth } from './entities/attendance-month.entity';
import { AttendanceProfile } from './entities/attendance-profile.entity';
import { LeaveBalance, LeaveKind, LeaveRequest } from './entities/leave.entity';
import { OvertimeOrder, SectionDesignation } from './entities/overtime-order.entity';
import { PatternAssignment, WorkPattern } from './entities/work-pattern.entity';
import { Attendance1767000000000 } from './migrations/1767000000000-attendance';
import { AttendanceCredit1767100000000 } from './migrations/1767100000000-attendance-credit';

export const ATTENDANCE_ENTITIES = [
  WorkPattern,
  PatternAssignment,
  AttendanceProfile,
  AttendanceDay,
  Correction,
  LeaveKind,
  LeaveBalance,
  LeaveRequest,
  SectionDesignation,
  OvertimeOrder,
  AttendanceMonth,
];
export const ATTENDANCE_MIGRATIONS = [Attendance1767000000000, AttendanceCredit1767100000000];
