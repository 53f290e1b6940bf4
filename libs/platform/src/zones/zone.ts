import type { IncomingMessage } from 'node:http';

/** The three network zones of 三層分離. A request's zone is the listener it arrived on. */
export const ZONES = ['lgwan', 'internet', 'mynumber'] as const;
export type Zone = (typeof ZONES)[number];

export const ZONE_LABELS: Record<Zone, string> = {
  lgwan: 'LGWAN接続系',
  internet: 'インターネット接続系',
  mynumber: 'マイナンバー利用事務系',
};

const ZONE_KEY = Symbol('ringi.zone');

type ZoneTagged = IncomingMessage & { [ZONE_KEY]?: Zone };

/** Called only by the zone listener that accepted the socket; nothing a client sends can set it. */
export function tagRequestZone(req: IncomingMessage, zone: Zone): void {
  (req as ZoneTagged)[ZONE_KEY] = zone;
}

export function zoneOf(req: IncomingMessage): Zone | undefined {
  return (req as ZoneTagged)[ZONE_KEY];
}
