import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '@ringi/platform';
import { UserAccount, UserRole } from './user-account.entity';
import { DERIVED_ROLE_SOURCE, type DerivedRoleSource } from '../access/derived-roles';
import type { Role, RoleGrant } from '../access/permissions';

/** Roles of machines rather than people; an account holding one holds nothing else. */
const DEVICE_ROLES: readonly Role[] = ['attendance-terminal'];

@Injectable()
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Optional() @Inject(DERIVED_ROLE_SOURCE) private readonly derivedRoles?: DerivedRoleSource,
  ) {}

  findByUsername(username: string): Promise<UserAccount | null> {
    return this.dataSource.getRepository(UserAccount).findOneBy({ username: username.trim().toLowerCase() });
  }

  findById(id: number): Promise<UserAccount | null> {
    return this.dataSource.getRepository(UserAccount).findOneBy({ id });
  }

  /** Explicit grants plus the roles that follow from today's postings (管理職). */
  async rolesOf(account: UserAccount): Promise<RoleGrant[]> {
    const rows = await this.dataSource.getRepository(UserRole).findBy({ userId: account.id });
    const grants: RoleGrant[] = rows.map((r) => ({ role: r.role, scopeUnitId: r.scopeUnitId }));
    if (account.kind === 'applicant') return [{ role: 'applicant', scopeUnitId: null }];
    if (account.staffId != null && this.derivedRoles) {
      grants.push(...(await this.derivedRoles.rolesForStaff(account.staffId, this.clock.now())));
    }
    // A device account (an IC-card reader) is not a person: it gets its device role and nothing else.
    if (grants.some((g) => DEVICE_ROLES.includes(g.role))) return grants.filter((g) => DEVICE_ROLES.includes(g.role));
    if (!grants.some((g) => g.role === 'staff')) grants.unshift({ role: 'staff', scopeUnitId: null });
    return grants;
  }
}
