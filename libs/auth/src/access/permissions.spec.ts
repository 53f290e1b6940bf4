import { permissionsOf, permitsInUnit, ROLE_LABELS, type RoleGrant } from './permissions';

// Units: 1 city > 10 建設部 > 11 道路管理課 > 12 占用担当; 20 総務部 elsewhere.
const ROAD_CLERK: RoleGrant[] = [{ role: 'permit-clerk', scopeUnitId: 11 }];
const CITY_HR: RoleGrant[] = [{ role: 'hr', scopeUnitId: null }];
const ROAD_ADMIN: RoleGrant[] = [{ role: 'permit-admin', scopeUnitId: 11 }];

describe('role grants', () => {
  it.each([
    ['scoped grant on its own unit', ROAD_CLERK, 'permit.process', [11, 10, 1], true],
    ['scoped grant on a unit below it', ROAD_CLERK, 'permit.process', [12, 11, 10, 1], true],
    ['scoped grant on a parent unit', ROAD_CLERK, 'permit.process', [10, 1], false],
    ['scoped grant on another branch', ROAD_CLERK, 'permit.process', [20, 1], false],
    ['permission the role lacks', ROAD_CLERK, 'org.manage', [11, 10, 1], false],
    ['a clerk does not maintain the permit master data', ROAD_CLERK, 'permit.admin', [11, 10, 1], false],
    ['the permit admin maintains it in their section', ROAD_ADMIN, 'permit.admin', [11, 10, 1], true],
    ['the permit admin also does clerk work', ROAD_ADMIN, 'permit.process', [12, 11, 10, 1], true],
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

  it('gives the permit admin (占用管理者) the clerk work plus the master data, nothing else', () => {
    expect([...permissionsOf(ROAD_ADMIN)].sort()).toEqual([
      'org.read',
      'permit.admin',
      'permit.process',
      'self.manage',
      'workflow.use',
    ]);
    expect(ROLE_LABELS['permit-admin']).toBe('占用管理者');
  });
});
