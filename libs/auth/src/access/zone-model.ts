import type { Zone, ZoneModelName } from '@ringi/platform';

/**
 * Surfaces are the groups of routes a listener can serve. A route declares its surface; the zone
 * model in force says which listener serves which surface and who may log in there.
 */
export const SURFACES = ['public', 'portal', 'business', 'admin', 'audit', 'mynumber', 'docs'] as const;
export type Surface = (typeof SURFACES)[number];

export type AccountKind = 'staff' | 'applicant';

export interface ZonePolicy {
  surfaces: readonly Surface[];
  /** Account kinds that may log in on this listener. */
  logins: readonly AccountKind[];
  /** Staff must pass TOTP on every login here. */
  staffMfa: boolean;
}

export type ZoneModel = Record<Zone, ZonePolicy>;

const LGWAN: ZonePolicy = {
  surfaces: ['public', 'business', 'admin', 'audit', 'docs'],
  logins: ['staff'],
  staffMfa: false,
};
const MYNUMBER: ZonePolicy = { surfaces: ['public', 'mynumber'], logins: ['staff'], staffMfa: true };

/**
 * 三層分離 models after the 総務省 guideline:
 * - alpha: business systems on LGWAN; the internet zone reaches only the applicant portal.
 * - beta: staff terminals sit in the internet zone, so business work is reachable there with MFA.
 * - beta-prime: beta plus administration (workflow, organisation) from the internet zone with MFA.
 * The audit trail and My Number data never leave their zones.
 */
export const ZONE_MODELS: Record<ZoneModelName, ZoneModel> = {
  alpha: {
    lgwan: LGWAN,
    internet: { surfaces: ['public', 'portal'], logins: ['applicant'], staffMfa: true },
    mynumber: MYNUMBER,
  },
  beta: {
    lgwan: LGWAN,
    internet: { surfaces: ['public', 'portal', 'business'], logins: ['applicant', 'staff'], staffMfa: true },
    mynumber: MYNUMBER,
  },
  'beta-prime': {
    lgwan: LGWAN,
    internet: { surfaces: ['public', 'portal', 'business', 'admin'], logins: ['applicant', 'staff'], staffMfa: true },
    mynumber: MYNUMBER,
  },
};

export function zoneServes(model: ZoneModelName, zone: Zone, surface: Surface): boolean {
  return ZONE_MODELS[model][zone].surfaces.includes(surface);
}
