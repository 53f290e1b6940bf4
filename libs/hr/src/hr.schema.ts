import { Absence } from './organisation/entities/absence.entity';
import { DeputyDesignation } from './organisation/entities/deputy-designation.entity';
import { OrgUnit } from './organisation/entities/org-unit.entity';
import { Position } from './organisation/entities/position.entity';
import { Posting } from './organisation/entities/posting.entity';
import { Staff } from './organisation/entities/staff.entity';
import { Organisation1764100000000 } from './migrations/1764100000000-organisation';
import { DeputyPeriods1769900000000 } from './organisation/migrations/1769900000000-deputy-periods';
import { ATTENDANCE_ENTITIES, ATTENDANCE_MIGRATIONS } from './attendance/attendance.schema';

export const HR_ENTITIES = [OrgUnit, Position, Staff, Posting, Absence, DeputyDesignation, ...ATTENDANCE_ENTITIES];
export const HR_MIGRATIONS = [Organisation1764100000000, ...ATTENDANCE_MIGRATIONS, DeputyPeriods1769900000000];
