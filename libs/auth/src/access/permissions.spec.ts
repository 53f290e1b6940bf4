import { permissionsOf, permitsInUnit, type RoleGrant } from './permissions';

// Units: 1 city > 10 建設部 > 11 道路管理課 > 12 占用担当; 20 総務部 elsewhere.
const ROAD_CLERK: RoleGrant[] = [{ role: 'permit-clerk', scopeUnitId: 11 }];
const CITY_HR: RoleGrant[] = [{ role: 'hr', scopeUnitId: null }];

describe('role grants', () => {
  it.each([
    ['scoped grant on its own unit', ROAD_CLERK, 'permit.process', [11, 10, 1], true],
    ['scoped grant on a unit below it', ROAD_CLERK, 'permit.process', [12, 11, 10, 1], true],
    ['scoped grant on a parent unit', ROAD_CLERK, 'permit.process', [10, 1], false],
    ['scoped grant on another branch', ROAD_CLERK, 'permit.process', [20, 1], false],
    ['permission the role lacks', ROAD_CLERK, 'org.manage', [11, 10, 1], false],
    ['city-wide grant anywhere', CITY_HR, 'org.manage', [20, 1], true],
  ] as const)('%s', (_case, grants, permission, units, expected) => {
    expect(permitsInUnit(grants, permission, units)).toBe(expected);
  });

  it('unions the permissions of every role held', () => {
    const perms = permissionsOf([...ROAD_CLERK, { role: 'auditor', scopeUnitId: null }]);
    expect([...perms].sort()).toEqual([
      'audit.read',
      'documents.audit',
      'documents.read',
      'org.read',
      'permit.process',
      'self.manage',
      'workflow.use',
    ]);
  });
});
