import type { Server } from 'node:http';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import type { INestApplication } from '@nestjs/common';
import { currentTotpCode } from '@ringi/auth';
import { createZoneServer, loadConfig, ManualClock, ZONES, type Zone, type ZoneModelName } from '@ringi/platform';
import { createRingiApp } from '../../apps/api/src/create-app';
import { createTestDatabase, type TestDatabase } from './database';

export const DEMO_PASSWORD = 'Demo-pass-2026';

export interface TestApp {
  app: INestApplication;
  dataSource: DataSource;
  clock: ManualClock;
  database: TestDatabase;
  /** A supertest client on the listener of one zone. */
  on(zone: Zone): TestAgent;
  /** Logs in on a zone and returns the bearer token (fails the test if login does not succeed). */
  login(username: string, zone?: Zone, password?: string): Promise<string>;
  /** Logs in with password and the current TOTP code of `secret`. */
  loginWithMfa(username: string, secret: string, zone?: Zone): Promise<string>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  zoneModel?: ZoneModelName;
  now?: string;
  env?: Record<string, string>;
  /** Run as a second API process on another app's database (that app drops it). */
  database?: TestDatabase;
}

/** A real ringi on a fresh database (SQLite file, or MariaDB when DATABASE_URL is set), one server per zone. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db: TestDatabase = options.database ?? (await createTestDatabase());
  const config = loadConfig({
    RINGI_ZONE_MODEL: options.zoneModel ?? 'alpha',
    RINGI_LOG_LEVEL: 'silent',
    RINGI_LISTEN_LGWAN: '127.0.0.1:0',
    RINGI_LISTEN_INTERNET: '127.0.0.1:0',
    RINGI_LISTEN_MYNUMBER: '127.0.0.1:0',
    RINGI_LOGIN_RATE_PER_MINUTE: '10000',
    RINGI_TIMER_POLL_SECONDS: '0',
    ...options.env,
  });
  config.database = db.config;
  config.dataDir = db.dataDir;
  const clock = new ManualClock(new Date(options.now ?? '2026-04-01T00:00:00Z'));
  const { app, handler, dataSource } = await createRingiApp(config, { clock });
  const servers = Object.fromEntries(ZONES.map((z) => [z, createZoneServer(handler, z)])) as Record<Zone, Server>;
  const on = (zone: Zone) => request(servers[zone]);
  return {
    app,
    dataSource,
    clock,
    database: db,
    on,
    async login(username, zone = 'lgwan', password = DEMO_PASSWORD) {
      const res = await on(zone).post('/api/auth/login').send({ username, password });
      if (res.status !== 200 || res.body.status !== 'ok') {
        throw new Error(`login of ${username} on ${zone} failed: ${res.status} ${JSON.stringify(res.body)}`);
      }
      return res.body.token as string;
    },
    async loginWithMfa(username, secret, zone = 'lgwan') {
      const first = await on(zone).post('/api/auth/login').send({ username, password: DEMO_PASSWORD });
      if (first.body.status !== 'mfa-required')
        throw new Error(`expected an MFA challenge: ${JSON.stringify(first.body)}`);
      const code = currentTotpCode(secret, clock.now());
      const res = await on(zone).post('/api/auth/login/mfa').send({ challengeToken: first.body.challengeToken, code });
      if (res.status !== 200)
        throw new Error(`MFA login of ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
      clock.advance(30_000); // the next login needs a fresh TOTP step
      return res.body.token as string;
    },
    async close() {
      await app.close();
      if (!options.database) await db.drop();
    },
  };
}
