import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPool } from 'mysql2/promise';
import { createBenchDatabase } from './database.js';
import { BenchClient } from './http-client.js';
import { startApi } from './api-process.js';
import { summarise } from './stats.js';
import { bigramsOf, normaliseForSearch } from '../dist/libs/documents/src/index.js';

/**
 * `npm run build && node bench/documents-search.js`: document search over BENCH_DOCUMENTS (100000) documents on a
 * fresh MariaDB database (dropped at the end). The API runs as its own process, seeded like the demo; the bench
 * fills doc_document, doc_search_text and doc_gram directly (the rows DocumentService writes, with the same
 * normalisation and bigrams from dist), then searches over HTTP as staff1, one request at a time, and prints p50/p95
 * per kind of query and overall (target: p95 at most 200 ms).
 *   BENCH_DOCUMENTS (100000), BENCH_SEARCH_ROUNDS (20), BENCH_MYSQL_URL (mysql://root@127.0.0.1:3306),
 *   BENCH_KEEP_DATABASE (1: keep the filled database for EXPLAIN; drop it yourself),
 *   BENCH_DATABASE (the name of a kept, filled database to search again instead of filling a new one)
 */
const PASSWORD = 'Demo-pass-2026';
const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_SEARCH_ROUNDS ?? 20);
const TARGET_P95 = 200;
const out = (line) => process.stdout.write(`${line}\n`);

// Words of city paperwork: function words in nearly every document, then terms by a Zipf-like law over the
// words below and some 4,900 two-kanji compounds, so a few terms are in a fifth of the documents, most in a
// handful, and phrases of common words (道路占用許可) occur rarely as such. The rare words are in 5 documents.
const FUNCTION_WORDS = ['について', '実施', '下記', 'とおり', '伺います', '本市'];
const WORDS = [
  '事業',
  '計画',
  '予算',
  '執行',
  '委託',
  '契約',
  '道路',
  '占用',
  '許可',
  '申請',
  '研修',
  '職員',
  '会議',
  '開催',
  '通知',
  '照会',
  '回答',
  '報告',
  '市民',
  '窓口',
  '対応',
  '改正',
  '規程',
  '要綱',
  '補助金',
  '交付',
  '決定',
  '変更',
  '承認',
  '福祉',
  '子育て',
  '支援',
  '高齢者',
  '介護',
  '保険',
  '税務',
  '課税',
  '防災',
  '訓練',
  '避難所',
  '公園',
  '維持',
  '補修',
  '工事',
  '入札',
  '結果',
  '公表',
  '情報',
  '公開',
  '個人情報',
  '保護',
  'システム',
  '更新',
  '調達',
];
const KANJI = Array.from(
  '安移医域引運営栄園演応央仮価河過芽画会改械害街各覚完官管観願基寄規技義議久急救給協境橋業極勤均禁区群径型経景芸欠決券建研険権憲源減現限個湖効厚耕構港航講鉱',
);
const TERMS = [...WORDS];
for (const a of KANJI) for (const b of KANJI) if (a !== b) TERMS.push(a + b);
const RARE = ['鳳凰丸', '楓ヶ丘', '蒼海橋', '翡翠通り', '黎明塾'];

function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function text(next, terms) {
  const parts = [];
  for (let i = 0; i < terms; i++) {
    const r = next();
    parts.push(TERMS[Math.floor(r * r * r * TERMS.length)]);
    if (next() < 0.3) parts.push(FUNCTION_WORDS[Math.floor(next() * FUNCTION_WORDS.length)]);
  }
  return parts.join('');
}

async function fill(db, unitId, recordFileId, drafterUserId) {
  const next = random(2026);
  const batch = 500;
  const started = Date.now();
  for (let from = 1; from <= DOCUMENTS; from += batch) {
    const documents = [];
    const texts = [];
    const grams = [];
    for (let id = from; id < Math.min(from + batch, DOCUMENTS + 1); id++) {
      const title = `${text(next, 3)}の${text(next, 2)}について`;
      const rare = id % 20_000 === 7 ? (RARE[(id / 20_000) | 0] ?? '') : '';
      const body = `${text(next, 10)}。${rare}${text(next, 12)}。`;
      const docNumber = `港総第${id}号`;
      const draftedOn = `2026-${String(4 + (id % 9)).padStart(2, '0')}-${String(1 + (id % 28)).padStart(2, '0')}`;
      documents.push([
        id,
        'draft',
        'decided',
        unitId,
        '港総',
        2026,
        id,
        docNumber,
        title,
        body,
        recordFileId,
        id % 10 === 0 ? 'closed' : 'public',
        'document-routine',
        '[]',
        '[]',
        drafterUserId,
        draftedOn,
      ]);
      const content = normaliseForSearch([docNumber, title, body].join('\n'));
      texts.push([id, content]);
      for (const gram of bigramsOf(content)) grams.push([gram, id]);
    }
    await db.query(
      'INSERT INTO doc_document (id, kind, status, unitId, docSymbol, fiscalYear, sequence, docNumber, title, body, ' +
        'recordFileId, disclosure, decisionClass, consultUnits, viewers, drafterUserId, draftedOn, createdAt, updatedAt) ' +
        'VALUES ' +
        documents.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NOW(3), NOW(3))').join(', '),
      documents.flat(),
    );
    await db.query('INSERT INTO doc_search_text (documentId, content) VALUES ?', [texts]);
    await db.query('INSERT INTO doc_gram (gram, documentId) VALUES ?', [grams]);
    if (from % 20_000 === 1) out(`  … ${from - 1} documents filled (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  await db.query('ANALYZE TABLE doc_gram, doc_document, doc_search_text');
  const [{ n }] = await db.query('SELECT COUNT(*) AS n FROM doc_gram');
  return { seconds: Math.round((Date.now() - started) / 1000), grams: Number(n) };
}

const QUERIES = {
  'common word (1 bigram)': ['実施', '事業', '道路', '研修'],
  'term (2-3 bigrams)': ['下記のとおり', '補助金', TERMS[400], TERMS[2000]],
  'phrase of common words': ['道路占用許可', '補助金交付決定', '個人情報保護', '職員研修会議'],
  'rare word': ['鳳凰丸', '翡翠通り', '黎明塾'],
  'no match': ['存在しない語句', '量子暗号'],
  'document number': ['港総第4242号', '港総第99999号'],
};

/** A database an earlier run kept (BENCH_KEEP_DATABASE=1), already filled: never dropped by this run. */
async function keptDatabase(name) {
  const url = new URL(process.env.BENCH_MYSQL_URL || 'mysql://root@127.0.0.1:3306');
  url.pathname = `/${name}`;
  const pool = createPool({ uri: url.toString(), timezone: 'Z', connectionLimit: 4 });
  return {
    name,
    url: url.toString(),
    kept: true,
    async query(sql, params) {
      const [rows] = await pool.query(sql, params);
      return rows;
    },
    drop: () => pool.end(),
  };
}

const db = process.env.BENCH_DATABASE ? await keptDatabase(process.env.BENCH_DATABASE) : await createBenchDatabase();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringi-bench-'));
let api;
try {
  api = await startApi({ databaseUrl: db.url, dataDir, workers: 1 });
  out(`database ${db.name} on MariaDB, API on 127.0.0.1:${api.port}`);
  const [unit] = await db.query("SELECT id FROM org_unit WHERE code = 'soumu-ka'");
  const [file] = await db.query("SELECT id FROM doc_record_file WHERE title = '文書管理・研修'");
  const [staff1] = await db.query("SELECT id FROM user_account WHERE username = 'staff1'");
  if (db.kept) {
    const [{ n }] = await db.query('SELECT COUNT(*) AS n FROM doc_document');
    out(`searching the kept database ${db.name} (${n} documents)`);
  } else {
    const filled = await fill(db, unit.id, file.id, staff1.id);
    out(`filled ${DOCUMENTS} documents, ${filled.grams} bigram rows in ${filled.seconds} s`);
  }

  const client = new BenchClient(api.port);
  const login = await client.request('POST', '/api/auth/login', { json: { username: 'staff1', password: PASSWORD } });
  if (login.body?.status !== 'ok') throw new Error(`login: ${login.status} ${JSON.stringify(login.body)}`);
  const token = login.body.token;
  const search = async (q) => {
    const res = await client.request('GET', `/api/documents?q=${encodeURIComponent(q)}`, { token });
    if (res.status !== 200) throw new Error(`search ${q}: ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  };
  for (const q of Object.values(QUERIES).flat()) await search(q); // warm-up
  const all = [];
  const started = Date.now();
  for (const [kind, queries] of Object.entries(QUERIES)) {
    const durations = [];
    let hits = 0;
    const kindStarted = Date.now();
    for (let round = 0; round < ROUNDS; round++) {
      for (const q of queries) {
        const res = await search(q);
        durations.push(res.ms);
        hits = Math.max(hits, res.body.items.length);
      }
    }
    all.push(...durations);
    const s = summarise(durations, Date.now() - kindStarted);
    out(JSON.stringify({ bench: 'documents-search', kind, documents: DOCUMENTS, ...s, maxHitsPerPage: hits }));
    out(`  ${kind}: p50 ${s.p50} ms, p95 ${s.p95} ms (${s.count} searches, up to ${hits} hits a page)`);
  }
  client.close();
  const total = summarise(all, Date.now() - started);
  out(JSON.stringify({ bench: 'documents-search', kind: 'all', documents: DOCUMENTS, ...total }));
  out(
    `search over ${DOCUMENTS} documents: p50 ${total.p50} ms, p95 ${total.p95} ms, p99 ${total.p99} ms — ` +
      `target p95 ≤ ${TARGET_P95} ms ${total.p95 <= TARGET_P95 ? 'MET' : 'NOT MET'}`,
  );
} finally {
  await api?.stop();
  if (process.env.BENCH_KEEP_DATABASE === '1' && !db.kept) out(`kept database ${db.name}`);
  else await db.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
