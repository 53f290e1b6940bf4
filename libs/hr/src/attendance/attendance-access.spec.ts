import type { Principal, RoleGrant } from '@ringi/auth';
import { permissionsOf } from '@ringi/auth';
import type { OrganisationService } from '../organisation/organisation.service';
import type { PostHolder } from '../organisation/views';
import { AttendanceAccess } from './attendance-access';

// Units: 1 city > 10 総務部 > 12 総務課 > 13 庶務係; 40 建設部 > 41 道路管理課 elsewhere.
const ANCESTORS: Record<number, number[]> = { 13: [13, 12, 10, 1], 12: [12, 10, 1], 41: [41, 40, 1] };
const MAIN_UNIT: Record<number, number> = { 6: 13, 4: 12, 7: 41 };
const SUPERIORS: Record<number, number[]> = { 6: [5, 4], 5: [4], 4: [3] };

const organisation = {
  mainPostOf: async (staffId: number) => (MAIN_UNIT[staffId] ? ({ unitId: MAIN_UNIT[staffId] } as PostHolder) : null),
  unitAncestors: async (unitId: number) => ANCESTORS[unitId].map((id) => ({ id })),
  superiorsOf: async (staffId: number) => (SUPERIORS[staffId] ?? []).map((id) => ({ staffId: id }) as PostHolder),
} as unknown as OrganisationService;

const principal = (staffId: number | null, roles: RoleGrant[]): Principal => ({
  userId: staffId ?? 999,
  username: `user${staffId}`,
  displayName: '',
  kind: 'staff',
  staffId,
  roles,
  permissions: permissionsOf(roles),
  sessionId: 1,
  zone: 'lgwan',
  mfaVerified: false,
});
const STAFF: RoleGrant = { role: 'staff', scopeUnitId: null };
const clerkOf = (unitId: number): RoleGrant => ({ role: 'attendance-clerk', scopeUnitId: unitId });

describe('勤怠の代理入力と閲覧の権限', () => {
  const access = new AttendanceAccess(organisation);

  it.each([
    ['the 庶務担当 of 総務課 for a member of its 係', principal(6, [STAFF, clerkOf(12)]), 6, true],
    ['the 庶務担当 of 総務課 for the 課長', principal(6, [STAFF, clerkOf(12)]), 4, true],
    ['the 庶務担当 of 総務課 for 道路管理課', principal(6, [STAFF, clerkOf(12)]), 7, false],
    ['a 庶務担当 of the 係 for the 課 above it', principal(6, [STAFF, clerkOf(13)]), 4, false],
    ['a city-wide 庶務担当 grant', principal(6, [STAFF, { role: 'attendance-clerk', scopeUnitId: null }]), 7, true],
    ['staff without the role', principal(5, [STAFF]), 6, false],
    ['HR is not a 庶務担当', principal(10, [STAFF, { role: 'hr', scopeUnitId: null }]), 6, false],
    ['staff without a main post', principal(6, [STAFF, clerkOf(12)]), 99, false],
  ])('proxy entry: %s → %s', async (_name, who, staffId, allowed) => {
    const result = access.assertProxy(who, staffId, '2026-04-06');
    if (allowed) await expect(result).resolves.toBeUndefined();
    else await expect(result).rejects.toThrow('庶務担当だけが代理入力できます');
  });

  it.each([
    ['oneself', principal(6, [STAFF]), 6, true],
    ['the 係長', principal(5, [STAFF]), 6, true],
    ['the 課長', principal(4, [STAFF]), 6, true],
    ['a colleague', principal(8, [STAFF]), 6, false],
    ['HR', principal(10, [STAFF, { role: 'hr', scopeUnitId: null }]), 6, true],
    ['the 庶務担当', principal(9, [STAFF, clerkOf(12)]), 6, true],
    ['an IC-card reader', principal(null, [{ role: 'attendance-terminal', scopeUnitId: null }]), 6, false],
  ])('reading the attendance of staff: %s → %s', async (_name, who, staffId, allowed) => {
    const result = access.assertMayRead(who, staffId, '2026-04-06');
    if (allowed) await expect(result).resolves.toBeUndefined();
    else await expect(result).rejects.toThrow('権限がありません');
  });
});
