/* global document, performance, requestAnimationFrame */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { currentTotpCode } from '../dist/libs/auth/src/index.js';
import { DEMO_ADMIN_TOTP_SECRET } from '../dist/seeds/demo-city.js';

/**
 * `npm run bench:web`: how long the staff inbox takes, from navigation, to show an inbox of 500 tasks
 * (its counts over all of them and its first page of rows) and take a click, in Debian's Chromium against
 * the real API on a fresh SQLite database (or DATABASE_URL).
 * Target (issue 4): usable within 1 s. BENCH_WEB_TASKS (500), BENCH_WEB_RUNS (5).
 */
const TASKS = Number(process.env.BENCH_WEB_TASKS ?? 500);
/** Rows on the inbox's first page (PAGE_SIZE in apps/web/staff/pages/InboxPage.tsx). */
const INBOX_PAGE = 50;
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 5);
const PASSWORD = 'Demo-pass-2026';
const TARGET_MS = 1000;
const out = (line) => process.stdout.write(`${line}\n`);

const ONE_STEP = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:ringi="http://ringi.city/schema/bpmn" id="d" targetNamespace="http://ringi.city/bench">
  <process id="benchInbox" name="受信箱計測" isExecutable="true">
    <startEvent id="start" />
    <sequenceFlow id="f1" sourceRef="start" targetRef="check" />
    <userTask id="check" name="係長確認" ringi:assignee="user(kakaricho1)" ringi:due="P2D" />
    <sequenceFlow id="f2" sourceRef="check" targetRef="end" />
    <endEvent id="end" />
  </process>
</definitions>`;

async function call(base, method, url, { token, json, xml } = {}) {
  const headers = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (json) headers['Content-Type'] = 'application/json';
  if (xml) headers['Content-Type'] = 'application/xml';
  const res = await globalThis.fetch(`${base}${url}`, {
    method,
    headers,
    body: json ? JSON.stringify(json) : xml,
  });
  const body = await res.json();
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(body)}`);
  return body;
}

async function login(base, username) {
  const first = await call(base, 'POST', '/api/auth/login', { json: { username, password: PASSWORD } });
  if (first.status === 'ok') return first.token;
  const code = currentTotpCode(DEMO_ADMIN_TOTP_SECRET, new Date());
  const second = await call(base, 'POST', '/api/auth/login/mfa', {
    json: { challengeToken: first.challengeToken, code },
  });
  return second.token;
}

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The API as its own process, started like production, so the browser driver here does not share its CPU. */
async function startApi(dataDir) {
  const [lgwan, internet, mynumber] = [await freePort(), await freePort(), await freePort()];
  const child = spawn(process.execPath, ['dist/apps/api/src/main.js', '--seed-demo'], {
    env: {
      ...process.env,
      RINGI_DATA_DIR: dataDir,
      RINGI_LOG_LEVEL: 'warn',
      RINGI_LISTEN_LGWAN: `127.0.0.1:${lgwan}`,
      RINGI_LISTEN_INTERNET: `127.0.0.1:${internet}`,
      RINGI_LISTEN_MYNUMBER: `127.0.0.1:${mynumber}`,
      RINGI_LOGIN_RATE_PER_MINUTE: '10000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const base = `http://127.0.0.1:${lgwan}`;
  for (let tries = 0; tries < 480; tries++) {
    const ready = await globalThis.fetch(`${base}/api/health/ready`).then(
      (res) => res.ok,
      () => false,
    );
    if (ready) return { base, child, exited };
    await sleep(250);
  }
  child.kill('SIGKILL');
  throw new Error('the API did not become ready within 120 s');
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringi-bench-web-'));
const api = await startApi(dataDir);
const browser = await chromium.launch({
  executablePath: process.env.RINGI_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const base = api.base;
  const admin = await login(base, 'admin');
  await call(base, 'POST', '/api/workflow/definitions', { token: admin, xml: ONE_STEP });
  const staff = await login(base, 'staff1');
  const started = Date.now();
  for (let i = 0; i < TASKS; i++) {
    await call(base, 'POST', '/api/workflow/instances', {
      token: staff,
      json: {
        definitionKey: 'benchInbox',
        businessKey: `BENCH-${String(i).padStart(4, '0')}`,
        variables: { title: `計測 ${i}` },
      },
    });
  }
  out(`${TASKS} tasks put in kakaricho1's inbox in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const kakaricho = await login(base, 'kakaricho1');
  const apiStarted = Date.now();
  const inbox = await call(base, 'GET', '/api/workflow/tasks', { token: kakaricho });
  out(`inbox API: ${inbox.items.length} tasks in ${Date.now() - apiStarted} ms`);

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP' });
  const page = await context.newPage();
  const answer = await page.request.post(`${base}/api/auth/login`, {
    data: { username: 'kakaricho1', password: PASSWORD },
  });
  if (!answer.ok()) throw new Error(`browser login: ${answer.status()}`);

  if (process.env.BENCH_WEB_TRACE) {
    let t0 = Date.now();
    page.on('framenavigated', () => (t0 = Date.now()));
    page.on('requestfinished', (r) => out(`  ${Date.now() - t0} ms ${r.url().replace(base, '')}`));
  }
  // Times are taken inside the page, from the navigation's start (performance.now()), with
  // frame-accurate polling, so the driver's own polling does not add to them.
  const timings = [];
  for (let run = 0; run < RUNS; run++) {
    await page.goto('about:blank');
    await page.goto(`${base}/staff/`, { waitUntil: 'commit' });
    const shown = await page
      .waitForFunction(
        ({ total, rows }) =>
          document.querySelector('[data-testid="inbox-total"]')?.textContent === String(total) &&
          document.querySelectorAll('tbody tr').length >= rows &&
          Math.round(performance.now()),
        { total: TASKS, rows: Math.min(TASKS, INBOX_PAGE) },
        { polling: 'raf', timeout: 30_000 },
      )
      .then((handle) => handle.jsonValue())
      .catch(async (error) => {
        await page.screenshot({ path: path.join(os.tmpdir(), 'bench-web-inbox-failure.png') });
        throw error;
      });
    // Usable = a click on the first task's checkbox is answered on screen in the next frame.
    const clickMs = await page.evaluate(async () => {
      const started = performance.now();
      document.querySelector('tbody tr input[type="checkbox"]').click();
      await new Promise((resolve) => requestAnimationFrame(() => resolve()));
      if (!document.querySelector('button[type="submit"]:not([disabled])')) throw new Error('the click did not select');
      return Math.round(performance.now() - started);
    });
    // Where the time went: when the script ran and when the inbox answer arrived.
    const phases = await page.evaluate(() => {
      const end = (part) =>
        Math.round(
          performance.getEntriesByType('resource').find((e) => e.name.includes(part))?.responseEnd ?? Number.NaN,
        );
      return { scriptMs: end('/assets/index-'), inboxAnswerMs: end('/api/workflow/tasks') };
    });
    timings.push({ run: run + 1, cold: run === 0, ...phases, shownMs: shown, clickMs, usableMs: shown + clickMs });
  }
  for (const t of timings) out(JSON.stringify({ bench: 'web-inbox', tasks: TASKS, ...t }));
  const warm = timings.filter((t) => !t.cold).map((t) => t.usableMs);
  const worst = Math.max(...timings.map((t) => t.usableMs));
  out(
    `inbox with ${TASKS} tasks usable after navigation: cold ${timings[0].usableMs} ms, warm median ${median(warm)} ms, worst ${worst} ms (target ${TARGET_MS} ms: ${worst <= TARGET_MS ? 'MET' : 'NOT MET'})`,
  );
} finally {
  await browser.close();
  api.child.kill('SIGTERM');
  await api.exited;
  fs.rmSync(dataDir, { recursive: true, force: true });
}
