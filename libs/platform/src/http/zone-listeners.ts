import http, { type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Zone, ZONES, tagRequestZone } from '../zones/zone';
import type { ListenAddress } from '../config/ringi-config';

/** An HTTP server that marks every request it accepts with its zone before the app sees it. */
export function createZoneServer(handler: RequestListener, zone: Zone): Server {
  const server = http.createServer((req, res) => {
    tagRequestZone(req, zone);
    handler(req, res);
  });
  server.keepAliveTimeout = 5_000;
  server.headersTimeout = 10_000;
  server.requestTimeout = 60_000;
  return server;
}

export interface ZoneListener {
  zone: Zone;
  server: Server;
  address: AddressInfo;
}

/** Opens one listener per zone at its configured address. */
export async function openZoneListeners(
  handler: RequestListener,
  listen: Record<Zone, ListenAddress>,
): Promise<ZoneListener[]> {
  const opened: ZoneListener[] = [];
  try {
    for (const zone of ZONES) {
      const server = createZoneServer(handler, zone);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(listen[zone].port, listen[zone].host, () => resolve());
      });
      opened.push({ zone, server, address: server.address() as AddressInfo });
    }
  } catch (error) {
    await closeZoneListeners(opened);
    throw error;
  }
  return opened;
}

export async function closeZoneListeners(listeners: ZoneListener[]): Promise<void> {
  await Promise.all(
    listeners.map(
      (l) =>
        new Promise<void>((resolve) => {
          l.server.closeAllConnections();
          l.server.close(() => resolve());
        }),
    ),
  );
}
