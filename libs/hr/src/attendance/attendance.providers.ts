import { AttendanceAccess } from './attendance-access';
import { AttendanceCases } from './attendance-cases';
import { AttendanceWorkflow } from './attendance-workflow';
import { CasesController } from './api/cases.controller';
import { ClockingController } from './api/clocking.controller';
import { ClosingController } from './api/closing.controller';
import { LeaveController } from './api/leave.controller';
import { OvertimeController } from './api/overtime.controller';
import { PatternsController } from './api/patterns.controller';
import { ClockingService } from './clocking/clocking.service';
import { CorrectionsService } from './clocking/corrections.service';
import { ClosingService } from './closing/closing.service';
import { MonthLock } from './closing/month-lock';
import { MonthSummary } from './closing/month-summary';
import { PayrollExport } from './closing/payroll-export';
import { TeamOverview } from './closing/team-overview';
import { GrantAttendance } from './leave/grant-attendance';
import { LeaveService } from './leave/leave.service';
import { OvertimeService } from './overtime/overtime.service';
import { PatternsService } from './patterns/patterns.service';

/** Attendance (庶務事務・勤怠), wired into HrModule: it shares the organisation's repository and services. */
export const ATTENDANCE_CONTROLLERS = [
  PatternsController,
  ClockingController,
  LeaveController,
  OvertimeController,
  ClosingController,
  CasesController,
];

export const ATTENDANCE_PROVIDERS = [
  AttendanceAccess,
  AttendanceCases,
  AttendanceWorkflow,
  MonthLock,
  MonthSummary,
  PatternsService,
  ClockingService,
  CorrectionsService,
  GrantAttendance,
  LeaveService,
  OvertimeService,
  ClosingService,
  PayrollExport,
  TeamOverview,
];
