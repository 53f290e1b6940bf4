import { randomBytes } from 'node:crypto';
import { createConnection, createPool } from 'mysql2/promise';

const SERVER = process.env.BENCH_MYSQL_URL || 'mysql://root@127.0.0.1:3306';

function connectionOptions() {
  const u = new URL(SERVER);
  return {
    host: u.hostname,
    port: Number(u.port || 3306),
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
