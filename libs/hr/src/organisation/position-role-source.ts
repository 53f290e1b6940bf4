import { Injectable } from '@nestjs/common';
import type { DerivedRoleSource, RoleGrant } from '@ringi/auth';
import { NotFoundError } from '@ringi/platform';
import { jstDateOf } from './domain/dates';
import { isManagerRank } from './domain/positions';
import { OrganisationService } from './organisation.service';

/**
 * The `manager` role that follows from the posts a staff member holds on the JST date of `at`:
 * one grant per post of 係長 rank or higher (main or 兼務), scoped to that post's unit subtree.
 */
@Injectable()
export class PositionRoleSource implements DerivedRoleSource {
  constructor(private readonly organisation: OrganisationService) {}

  async rolesForStaff(staffId: number, at: Date): Promise<RoleGrant[]> {
    let posts;
    try {
      posts = await this.organisation.postsOf(staffId, jstDateOf(at));
    } catch (error) {
      // An account pointing at a staff record that no longer exists gets no derived role.
      if (error instanceof NotFoundError) return [];
      throw error;
    }
    const units = [...new Set(posts.filter((p) => isManagerRank(p.rank)).map((p) => p.unitId))];
    return units.map((unitId) => ({ role: 'manager', scopeUnitId: unitId }));
  }
}
