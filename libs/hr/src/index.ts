export { HrModule } from './hr.module';
export { HR_ENTITIES, HR_MIGRATIONS } from './hr.schema';

export * from './organisation/domain/dates';
export * from './organisation/domain/positions';
export * from './organisation/domain/postings';
export * from './organisation/domain/superiors';
export * from './organisation/domain/tree';
export * from './organisation/domain/deputy-periods';

export { OrgUnit } from './organisation/entities/org-unit.entity';
export { Position } from './organisation/entities/position.entity';
export { Staff } from './organisation/entities/staff.entity';
export { Posting } from './organisation/entities/posting.entity';
export { Absence } from './organisation/entities/absence.entity';
export { DeputyDesignation } from './organisation/entities/deputy-designation.entity';

export * from './organisation/views';
export { OrganisationService, type MemberFilter } from './organisation/organisation.service';
export { PositionRoleSource } from './organisation/position-role-source';
export { UnitsService, type UnitInput, type UnitChanges } from './organisation/units.service';
export {
  StaffService,
  type StaffInput,
  type StaffChanges,
  type StaffFilter,
  type StaffListItem,
  type StaffDetail,
} from './organisation/staff.service';
export {
  PostingsService,
  type PostingInput,
  type PostingChanges,
  type TransferInput,
  type TransferResult,
  type PostingFilterInput,
} from './organisation/postings.service';
export {
  AbsencesService,
  type AbsenceInput,
  type AbsenceChanges,
  type AbsenceFilter,
} from './organisation/absences.service';
export { DeputiesService, type DeputyInput, type DeputyChanges } from './organisation/deputies.service';

export * from './seed/demo-organisation';
export * from './seed/seed-organisation';

export { MyNumberModule } from './my-number/my-number.module';
export { MY_NUMBER_ENTITIES, MY_NUMBER_MIGRATIONS } from './my-number/my-number.schema';
export { isValidMyNumber } from './my-number/my-number-check-digit';
export * from './attendance/rules/index';
export { ATTENDANCE_ENTITIES, ATTENDANCE_MIGRATIONS } from './attendance/attendance.schema';
export { ATTENDANCE_PROCESSES } from './attendance/attendance-workflow';
export { LEAVE_KINDS, ANNUAL_LEAVE, type LeaveUnit } from './attendance/leave/leave-kinds';
export { STANDARD_PATTERNS } from './attendance/patterns/standard-patterns';
export * from './attendance/patterns/work-pattern';
export { AttendanceProfile, type Employment } from './attendance/entities/attendance-profile.entity';
export { AttendanceDay, type PunchSource } from './attendance/entities/attendance-day.entity';
export { WorkPattern, PatternAssignment } from './attendance/entities/work-pattern.entity';
export { IsCalendarDate, NotBlank, OptionalNotNull, QueryBoolean, QueryInt } from './organisation/api/validators';
export { DEMO_ATTENDANCE, seedAttendance, type AttendanceSeedData } from './attendance/seed/demo-attendance';
