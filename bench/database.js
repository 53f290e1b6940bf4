import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createConnection, createPool } from 'mysql2/promise';

// The server runs on this machine: over its Unix socket when it has one, as a co-located deployment would.
const LOCAL_SOCKET = '/run/mysqld/mysqld.sock';
const SERVER =
  process.env.BENCH_MYSQL_URL ||
  (fs.existsSync(LOCAL_SOCKET) ? `mysql://root@localhost?socketPath=${LOCAL_SOCKET}` : 'mysql://root@127.0.0.1:3306');

/** How the API and the bench reach the server, for the report. */
export const DATABASE_TRANSPORT = new URL(SERVER).searchParams.get('socketPath') ? 'Unix socket' : 'TCP';

function connectionOptions() {
  const u = new URL(SERVER);
  const socketPath = u.searchParams.get('socketPath');
  return {
    ...(socketPath ? { socketPath } : { host: u.hostname, port: Number(u.port || 3306) }),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
  };
}

/**
 * A fresh ringi_bench_<random> database (utf8mb4_bin): query(sql, params) resolves to the rows, on a small
 * pool of the bench's own (timezone Z, as the app's); drop() closes it and removes the database.
 */
export async function createBenchDatabase() {
  const name = `ringi_bench_${randomBytes(4).toString('hex')}`;
  const admin = await createConnection(connectionOptions());
  try {
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
  } finally {
    await admin.end();
  }
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  const pool = createPool({ ...connectionOptions(), database: name, timezone: 'Z', connectionLimit: 4 });
  return {
    name,
    url: url.toString(),
    async query(sql, params) {
      const [rows] = await pool.query(sql, params);
      return rows;
    },
    async drop() {
      await pool.end();
      const conn = await createConnection(connectionOptions());
      try {
        await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await conn.end();
      }
    },
  };
}
