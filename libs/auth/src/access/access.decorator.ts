import { SetMetadata } from '@nestjs/common';
import type { Permission } from './permissions';
import type { Surface } from './zone-model';

export const ACCESS_METADATA = 'ringi:access';

export interface AccessRule {
  surface: Surface;
  /** null = no login needed (login itself, health). Otherwise every listed permission is needed. */
  permissions: readonly Permission[] | null;
  /** Reachable with a session that has not finished mandatory MFA enrolment. */
  duringMfaEnrolment?: boolean;
}

/**
 * Declares who may call a route and from which zones (through its surface). The global AccessGuard
 * refuses every route without this declaration.
 */
export const Access = (surface: Surface, ...permissions: Permission[]) =>
  SetMetadata(ACCESS_METADATA, { surface, permissions } satisfies AccessRule);

/** A route anyone may call on the listeners that serve its surface. */
export const PublicAccess = (surface: Surface = 'public') =>
  SetMetadata(ACCESS_METADATA, { surface, permissions: null } satisfies AccessRule);

/** A logged-in route still open while a required MFA enrolment is pending (enrolment itself, logout). */
export const AccessDuringMfaEnrolment = (surface: Surface, ...permissions: Permission[]) =>
  SetMetadata(ACCESS_METADATA, { surface, permissions, duringMfaEnrolment: true } satisfies AccessRule);
