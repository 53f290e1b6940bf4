import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBenchDatabase } from './database.js';
import { BenchClient } from './http-client.js';
import { startApi } from './api-process.js';
import { PROCESS_KEY } from './approvals.js';
import { currentTotpCode } from '../dist/libs/auth/src/index.js';
import { DEMO_ADMIN_TOTP_SECRET } from '../dist/seeds/demo-city.js';

/**
 * `node bench/statements.js` (after `npm run build`): the SQL statements MariaDB receives for one start and
 * the three approvals of one bench instance, an inbox and one document from 起案 to 決裁, request by request, from the server's general log (switched on
 * for the few milliseconds of each request; needs a user allowed to SET GLOBAL).
 */
const PASSWORD = 'Demo-pass-2026';

/** A statement as verb, tables and condition: TypeORM's column lists make the full text unreadable. */
function brief(sql) {
  const text = sql.replace(/\s+/g, ' ');
  const verb = text.split(' ')[0].toUpperCase();
  if (!['SELECT', 'INSERT', 'UPDATE', 'DELETE'].includes(verb)) return text.slice(0, 120);
  const tables = [...new Set([...text.matchAll(/(?:FROM|INTO|UPDATE|JOIN) `(\w+)`/gi)].map((m) => m[1]))];
  const where = /WHERE (.*)$/i.exec(text)?.[1] ?? '';
  const set = verb === 'UPDATE' ? ` SET ${(/SET (.*?) WHERE/i.exec(text)?.[1] ?? '').slice(0, 80)}` : '';
  return `${verb} ${tables.join(', ')}${set}${where ? ` WHERE ${where.slice(0, 200)}` : ''}`;
}
const db = await createBenchDatabase();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringi-statements-'));
let api;
try {
  api = await startApi({ databaseUrl: db.url, dataDir, workers: 1 });
  const http = new BenchClient(api.port);
  const login = async (username) =>
    (await http.request('POST', '/api/auth/login', { json: { username, password: PASSWORD } })).body;
  const challenge = await login('admin');
  const admin = await http.request('POST', '/api/auth/login/mfa', {
    json: { challengeToken: challenge.challengeToken, code: currentTotpCode(DEMO_ADMIN_TOTP_SECRET, new Date()) },
  });
  const xml = fs.readFileSync(new URL('./three-step.bpmn', import.meta.url), 'utf8');
  await http.request('POST', '/api/workflow/definitions', { token: admin.body.token, xml });
  const tokens = {};
  for (const name of ['staff1', 'kakaricho1', 'kacho1']) tokens[name] = (await login(name)).token;

  // One instance first, so that caches and the lastSeenAt throttle are in the state of a running system.
  const warm = await http.request('POST', '/api/workflow/instances', {
    token: tokens.staff1,
    json: { definitionKey: PROCESS_KEY, businessKey: 'WARM', variables: { amount: 300000 } },
  });
  let warmTask = warm.body.openTasks?.[0]?.id;
  for (const name of ['staff1', 'kakaricho1', 'kacho1']) {
    const res = await http.request('POST', `/api/workflow/tasks/${warmTask}/approve`, {
      token: tokens[name],
      json: {},
    });
    warmTask = (await http.request('GET', `/api/workflow/instances/${warm.body.id}`, { token: tokens.staff1 })).body
      .openTasks?.[0]?.id;
    if (res.status !== 200) throw new Error(`warm-up approve: ${res.status} ${JSON.stringify(res.body)}`);
  }

  const traced = async (label, send) => {
    await db.query(`SET GLOBAL log_output = 'TABLE'`);
    await db.query('TRUNCATE mysql.general_log');
    // The log is server-wide: keep the statements of this database's connections (the API's pool) only.
    const threads = (await db.query('SELECT ID AS id FROM information_schema.PROCESSLIST WHERE DB = ?', [db.name])).map(
      (t) => Number(t.id),
    );
    await db.query('SET GLOBAL general_log = 1');
    const res = await send();
    await db.query('SET GLOBAL general_log = 0');
    const rows = await db.query(
      `SELECT command_type, CONVERT(argument USING utf8mb4) AS sql_text FROM mysql.general_log
       WHERE command_type IN ('Query', 'Execute') AND thread_id IN (?)
         AND CONVERT(argument USING utf8mb4) NOT LIKE 'SET GLOBAL general_log%'
       ORDER BY event_time`,
      [threads],
    );
    process.stdout.write(`\n## ${label}: HTTP ${res.status}, ${rows.length} statements\n`);
    rows.forEach((r, i) => process.stdout.write(`${String(i + 1).padStart(3)}. ${brief(r.sql_text)}\n`));
    return res;
  };

  const started = await traced('POST /api/workflow/instances', () =>
    http.request('POST', '/api/workflow/instances', {
      token: tokens.staff1,
      json: { definitionKey: PROCESS_KEY, businessKey: 'TRACE', variables: { amount: 300000 } },
    }),
  );
  let taskId = started.body.openTasks?.[0]?.id;
  for (const [step, name] of ['staff1', 'kakaricho1', 'kacho1'].entries()) {
    await traced(`POST /api/workflow/tasks/${taskId}/approve (step ${step + 1}, ${name})`, () =>
      http.request('POST', `/api/workflow/tasks/${taskId}/approve`, { token: tokens[name], json: {} }),
    );
    if (step < 2) {
      const view = await traced(`GET /api/workflow/instances/${started.body.id}`, () =>
        http.request('GET', `/api/workflow/instances/${started.body.id}`, { token: tokens.staff1 }),
      );
      taskId = view.body.openTasks?.[0]?.id;
    }
  }
  await traced('GET /api/workflow/tasks (inbox, kacho1)', () =>
    http.request('GET', '/api/workflow/tasks', { token: tokens.kacho1 }),
  );

  // One document from 起案 to 決裁, as bench/documents-drafting.js drives it (after one untraced warm-up document).
  const files = await http.request('GET', '/api/documents/file-plan/record-files?status=open', {
    token: tokens.staff1,
  });
  const recordFileId = files.body.find((f) => f.title === '文書管理・研修').id;
  const documentFlow = async (trace) => {
    const run = trace ? traced : (_label, send) => send();
    const sent = await run('POST /api/documents/drafts (send: true, 起案して回付)', () =>
      http.request('POST', '/api/documents/drafts', {
        token: tokens.staff1,
        json: {
          recordFileId,
          title: '事務連絡について',
          body: '標記の件について伺います。',
          decisionClass: 'document-routine',
          send: true,
        },
      }),
    );
    if (sent.status !== 201) throw new Error(`document draft and send: ${sent.status} ${JSON.stringify(sent.body)}`);
    // The submit answer says who has the case next.
    let next = sent.body.openTasks[0].id;
    for (const name of ['kakaricho1', 'kacho1']) {
      const res = await run(`POST /api/workflow/tasks/${next}/approve (document, ${name})`, () =>
        http.request('POST', `/api/workflow/tasks/${next}/approve`, { token: tokens[name], json: {} }),
      );
      if (res.status !== 200) throw new Error(`document approve: ${res.status} ${JSON.stringify(res.body)}`);
      next = res.body.instance?.openTasks?.[0]?.id;
    }
  };
  await documentFlow(false);
  await documentFlow(true);
  http.close();
} finally {
  await db.query('SET GLOBAL general_log = 0').catch(() => undefined);
  if (api) await api.stop();
  await db.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
