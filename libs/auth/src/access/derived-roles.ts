import type { RoleGrant } from './permissions';

/**
 * Roles that follow from somewhere other than explicit grants: the 管理職 role from a position
 * held today. The organisation lib provides the implementation; auth does not depend on it.
 */
export interface DerivedRoleSource {
  rolesForStaff(staffId: number, at: Date): Promise<RoleGrant[]>;
}

export const DERIVED_ROLE_SOURCE = Symbol('DERIVED_ROLE_SOURCE');
