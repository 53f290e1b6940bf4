import { zoneServes } from '@ringi/auth';
import type { Zone, ZoneModelName } from '@ringi/platform';
import { SURFACES, type Surface } from '@ringi/auth';

/** The browser apps apps/web builds, each under its own path prefix. */
export const WEB_APPS = ['staff', 'portal'] as const;
export type WebApp = (typeof WEB_APPS)[number];

/** The API surface whose routes an app calls: the app is only served where that surface is. */
const SURFACE_OF: Record<WebApp, Surface> = { staff: 'business', portal: 'portal' };

/** The apps a listener serves under a zone model, its home app first. */
export function webAppsFor(model: ZoneModelName, zone: Zone): WebApp[] {
  return WEB_APPS.filter((app) => zoneServes(model, zone, SURFACE_OF[app]));
}

/** The surfaces a listener serves, told to the page so it hides links the listener would refuse. */
export function surfacesFor(model: ZoneModelName, zone: Zone): Surface[] {
  return SURFACES.filter((s) => zoneServes(model, zone, s));
}
