import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import type { DatabaseConfig } from '@ringi/platform';

/**
 * A fresh, empty database for one test file: a temporary SQLite file by default, or a new
 * MariaDB/MySQL database next to the one DATABASE_URL names. `drop()` removes it afterwards.
 */
export interface TestDatabase {
  config: DatabaseConfig;
  /** A temporary data folder (attachments, key files) removed with the database. */
  dataDir: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringi-test-'));
  const removeDir = () => fs.rmSync(dir, { recursive: true, force: true });
  if (!url) {
    return {
      config: { type: 'sqlite', file: path.join(dir, 'ringi.sqlite') },
      dataDir: dir,
      drop: async () => removeDir(),
    };
  }
  const parsed = new URL(url);
  const name = `${parsed.pathname.slice(1)}_${randomBytes(4).toString('hex')}`;
  const admin = await createConnection({
    host: parsed.hostname,
    port: Number(parsed.port || 3306),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
  });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
  await admin.end();
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  return {
    config: { type: 'mysql', url: testUrl.toString() },
    dataDir: dir,
    drop: async () => {
      removeDir();
      const conn = await createConnection({
        host: parsed.hostname,
        port: Number(parsed.port || 3306),
        user: decodeURIComponent(parsed.username),
        password: decodeURIComponent(parsed.password),
      });
      await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await conn.end();
    },
  };
}
