import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Express } from 'express';
import { createZoneServer, type Zone, type ZoneModelName } from '@ringi/platform';
import { seedDemoCity } from '../../../seeds/demo-city';
import { startTestApp, type TestApp } from '../../support/test-app';
import { ensureWebBuilt } from './web-build';

export interface WebTestApp {
  t: TestApp;
  /** http://127.0.0.1:port of a zone's listener. */
  url(zone: Zone): string;
  close(): Promise<void>;
}

/**
 * The demo city on real listeners a browser can reach. The server clock starts at the real time
 * (browsers drop cookies that expire in their past) and stays there unless a test moves it.
 */
export async function startWebTestApp(zoneModel: ZoneModelName = 'alpha'): Promise<WebTestApp> {
  ensureWebBuilt();
  const t = await startTestApp({ zoneModel, now: new Date().toISOString() });
  await seedDemoCity(t.dataSource);
  const handler = t.app.getHttpAdapter().getInstance() as Express;
  const servers: Partial<Record<Zone, Server>> = {};
  for (const zone of ['lgwan', 'internet', 'mynumber'] as const) {
    const server = createZoneServer(handler, zone);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers[zone] = server;
  }
  return {
    t,
    url: (zone) => `http://127.0.0.1:${(servers[zone]!.address() as AddressInfo).port}`,
    async close() {
      for (const server of Object.values(servers)) {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
      await t.close();
    },
  };
}
