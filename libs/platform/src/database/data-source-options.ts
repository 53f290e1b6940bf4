import fs from 'node:fs';
import path from 'node:path';
import type { DataSourceOptions, MigrationInterface } from 'typeorm';
import type { DatabaseConfig } from '../config/ringi-config';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type EntityClass = Function;
type MigrationClass = new () => MigrationInterface;

/**
 * One set of options for both databases. SQLite is the embedded zero-set-up default;
 * MySQL 8 / MariaDB is production. synchronize stays off: the schema comes only from migrations.
 */
export function buildDataSourceOptions(
  database: DatabaseConfig,
  entities: EntityClass[],
  migrations: MigrationClass[],
): DataSourceOptions {
  const common = { entities, migrations, synchronize: false, migrationsRun: false, logging: false } as const;
  if (database.type === 'sqlite') {
    fs.mkdirSync(path.dirname(database.file), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: database.file,
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma('journal_mode = WAL');
        // A second API process on the same file waits for the lock instead of failing at once.
        db.pragma('busy_timeout = 10000');
        db.pragma('foreign_keys = ON');
      },
    };
  }
  return {
    ...common,
    type: 'mysql',
    url: database.url,
    charset: 'utf8mb4_bin',
    timezone: 'Z',
    supportBigNumbers: true,
    bigNumberStrings: false,
    // trace: mysql2 captures a stack trace on every query so that a failed query's error points at its
    // caller; TypeORM already names the failing SQL, and the capture was ~2.5% of an approval's CPU.
    extra: { connectionLimit: 24, trace: false, ...socketOf(database.url) },
  };
}

/**
 * `?socketPath=/run/mysqld/mysqld.sock` in DATABASE_URL: a server on the same machine over its Unix socket, which
 * costs the API less per statement than loopback TCP (host and port are then not used).
 */
export function socketOf(url: string): { socketPath?: string } {
  const socketPath = new URL(url).searchParams.get('socketPath');
  return socketPath ? { socketPath } : {};
}

export function isMysql(options: DataSourceOptions): boolean {
  return options.type === 'mysql' || options.type === 'mariadb';
}
