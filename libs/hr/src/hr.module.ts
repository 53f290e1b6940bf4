import { Global, Module } from '@nestjs/common';
import { AbsencesService } from './organisation/absences.service';
import { DeputiesService } from './organisation/deputies.service';
import { OrganisationRepository } from './organisation/organisation.repository';
import { OrganisationCache } from './organisation/organisation-cache';
import { OrganisationService } from './organisation/organisation.service';
import { PositionRoleSource } from './organisation/position-role-source';
import { PostingsService } from './organisation/postings.service';
import { StaffService } from './organisation/staff.service';
import { UnitsService } from './organisation/units.service';
import { AbsencesController } from './organisation/api/absences.controller';
import { DeputiesController } from './organisation/api/deputies.controller';
import { PostingsController } from './organisation/api/postings.controller';
import { StaffController } from './organisation/api/staff.controller';
import { UnitsController } from './organisation/api/units.controller';
import { ATTENDANCE_CONTROLLERS, ATTENDANCE_PROVIDERS } from './attendance/attendance.providers';

/**
 * The organisation (部・課・係, positions, staff, postings, absences, deputies) and its admin API, and
 * attendance (patterns, clocking, leave, overtime, monthly closing), which routes approvals through the
 * workflow module (looked up at start, see AttendanceWorkflow).
 * Global, so the workflow and the domain libs inject OrganisationService without importing it.
 * Needs PlatformModule (Transactions, Clock), AuditModule and a TypeORM DataSource with HR_ENTITIES
 * and AUTH_ENTITIES (membersWithRoleInSubtree reads auth's user_role).
 */
@Global()
@Module({
  controllers: [
    UnitsController,
    StaffController,
    PostingsController,
    AbsencesController,
    DeputiesController,
    ...ATTENDANCE_CONTROLLERS,
  ],
  providers: [
    OrganisationRepository,
    OrganisationCache,
    OrganisationService,
    PositionRoleSource,
    UnitsService,
    StaffService,
    PostingsService,
    AbsencesService,
    DeputiesService,
    ...ATTENDANCE_PROVIDERS,
  ],
  exports: [
    OrganisationService,
    PositionRoleSource,
    UnitsService,
    StaffService,
    PostingsService,
    AbsencesService,
    DeputiesService,
  ],
})
export class HrModule {}
