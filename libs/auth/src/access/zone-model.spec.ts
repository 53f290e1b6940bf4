import { ZONE_MODELS, zoneServes, type Surface } from './zone-model';
import type { Zone, ZoneModelName } from '@ringi/platform';

// One row per (model, zone): the surfaces served, who may log in, whether staff need TOTP.
const TABLE: Array<[ZoneModelName, Zone, Surface[], string[], boolean]> = [
  ['alpha', 'lgwan', ['public', 'business', 'admin', 'audit', 'docs'], ['staff'], false],
  ['alpha', 'internet', ['public', 'portal'], ['applicant'], true],
  ['alpha', 'mynumber', ['public', 'mynumber'], ['staff'], true],
  ['beta', 'lgwan', ['public', 'business', 'admin', 'audit', 'docs'], ['staff'], false],
  ['beta', 'internet', ['public', 'portal', 'business'], ['applicant', 'staff'], true],
  ['beta', 'mynumber', ['public', 'mynumber'], ['staff'], true],
  ['beta-prime', 'lgwan', ['public', 'business', 'admin', 'audit', 'docs'], ['staff'], false],
  ['beta-prime', 'internet', ['public', 'portal', 'business', 'admin'], ['applicant', 'staff'], true],
  ['beta-prime', 'mynumber', ['public', 'mynumber'], ['staff'], true],
];

const ALL_SURFACES: Surface[] = ['public', 'portal', 'business', 'admin', 'audit', 'mynumber', 'docs'];

describe('zone models (三層分離)', () => {
  it.each(TABLE)('%s / %s serves exactly %j, logins %j, staff MFA %s', (model, zone, surfaces, logins, mfa) => {
    for (const surface of ALL_SURFACES) {
      expect([surface, zoneServes(model, zone, surface)]).toEqual([surface, surfaces.includes(surface)]);
    }
    expect([...ZONE_MODELS[model][zone].logins].sort()).toEqual([...logins].sort());
    expect(ZONE_MODELS[model][zone].staffMfa).toBe(mfa);
  });

  it('never serves My Number data outside the mynumber zone, in any model', () => {
    for (const model of Object.keys(ZONE_MODELS) as ZoneModelName[]) {
      expect(zoneServes(model, 'lgwan', 'mynumber')).toBe(false);
      expect(zoneServes(model, 'internet', 'mynumber')).toBe(false);
    }
  });
});
