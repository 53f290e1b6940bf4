import { Injectable } from '@nestjs/common';
import type { Principal } from '@ringi/auth';
import { Clock, InvalidInputError, Transactions } from '@ringi/platform';
import { DocumentAccess } from '../access/document-access';
import type { DocumentKind, DocumentStatus } from '../documents/document-classes';
import { containsPattern, normaliseForSearch, queryBigrams } from './bigrams';

export interface SearchFilter {
  /** Full text: number, title, sender and body; two characters or more. */
  q?: string;
  docNumber?: string;
  title?: string;
  unitId?: number;
  kind?: DocumentKind;
  status?: DocumentStatus;
  recordFileId?: number;
  /** My drafts: drafted by the caller and still being written (作成中) or on their route (回議中). */
  mine?: boolean;
  draftedFrom?: string;
  draftedTo?: string;
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  id: number;
  kind: DocumentKind;
  status: DocumentStatus;
  docNumber: string | null;
  title: string;
  unitId: number;
  disclosure: string;
  draftedOn: string;
  decidedAt: Date | null;
}

export interface SearchResult {
  items: SearchHit[];
  /** Whether more hits follow this page. */
  hasMore: boolean;
}

const HIT_COLUMNS = ['id', 'kind', 'status', 'docNumber', 'title', 'unitId', 'disclosure', 'draftedOn', 'decidedAt'];

/** A hit as the driver returns it: ids may come as strings, dates as strings or Dates. */
type RawHit = Record<(typeof HIT_COLUMNS)[number], unknown>;

const toHit = (row: RawHit): SearchHit => ({
  id: Number(row.id),
  kind: row.kind as DocumentKind,
  status: row.status as DocumentStatus,
  docNumber: (row.docNumber as string | null) ?? null,
  title: row.title as string,
  unitId: Number(row.unitId),
  disclosure: row.disclosure as string,
  draftedOn: calendarDate(row.draftedOn),
  decidedAt: row.decidedAt === null || row.decidedAt === undefined ? null : instant(row.decidedAt),
});

/** A DATE column as YYYY-MM-DD, however the driver hands it over. */
function calendarDate(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}

/** A DATETIME column (stored in UTC) as a Date. */
function instant(value: unknown): Date {
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
}

/** How long a bigram's document count is trusted, and how many counts a process keeps (oldest dropped first). */
const GRAM_COUNT_TTL_MS = 10 * 60 * 1000;
const GRAM_COUNT_ENTRIES = 20_000;

/**
 * Search by number, title, dates, section and full text. A full-text query drives from the rarest of its
 * bigrams, joins the others on the (gram, documentId) key, verifies the text with LIKE and walks documents
 * newest first, so it stops after one page of hits however common the words are.
 */
@Injectable()
export class DocumentSearch {
  private readonly gramCounts = new Map<string, { n: number; at: number }>();

  constructor(
    private readonly transactions: Transactions,
    private readonly access: DocumentAccess,
    private readonly clock: Clock,
  ) {}

  search(filter: SearchFilter, principal: Principal): Promise<SearchResult> {
    const limit = filter.limit ?? 50;
    const offset = filter.offset ?? 0;
    // A read: on MySQL its statements run without BEGIN/COMMIT, on SQLite it still queues behind writes.
    return this.transactions.read(async (em) => {
      const params: unknown[] = [];
      const where: string[] = [];
      let from = 'doc_document d';
      let order = 'd.id DESC';
      if (filter.q !== undefined) {
        const query = normaliseForSearch(filter.q);
        const grams = queryBigrams(query);
        if (Array.from(query).length < 2 || grams.length === 0) {
          throw new InvalidInputError('入力内容に誤りがあります。', [
            { field: 'q', messages: ['2文字以上の語で検索してください'] },
          ]);
        }
        const ranked = await this.rankByRarity(grams);
        from = 'doc_gram g0';
        params.push(ranked[0]);
        for (let i = 1; i < ranked.length; i++) {
          from += ` JOIN doc_gram g${i} ON g${i}.gram = ? AND g${i}.documentId = g0.documentId`;
          params.push(ranked[i]);
        }
        from += ' JOIN doc_document d ON d.id = g0.documentId';
        where.push('g0.gram = ?');
        // A query that is one bigram is proven by the bigram itself; longer ones are verified against the text.
        if (!(ranked.length === 1 && ranked[0] === query)) {
          from += ' JOIN doc_search_text t ON t.documentId = g0.documentId';
          where.push(`t.content LIKE ? ${this.likeEscape}`);
          params.push(containsPattern(query));
        }
        order = 'g0.documentId DESC';
      }
      if (filter.docNumber) {
        where.push('d.docNumber = ?');
        params.push(filter.docNumber.normalize('NFKC'));
      }
      if (filter.title) {
        where.push(`d.title LIKE ? ${this.likeEscape}`);
        params.push(containsPattern(filter.title.trim()));
      }
      for (const [column, value] of [
        ['unitId', filter.unitId],
        ['kind', filter.kind],
        ['status', filter.status],
        ['recordFileId', filter.recordFileId],
      ] as const) {
        if (value !== undefined) {
          where.push(`d.${column} = ?`);
          params.push(value);
        }
      }
      if (filter.mine) {
        where.push(`d.kind = 'draft' AND d.drafterUserId = ? AND d.status IN ('editing', 'inRoute')`);
        params.push(principal.userId);
      }
      if (filter.draftedFrom) {
        where.push('d.draftedOn >= ?');
        params.push(filter.draftedFrom);
      }
      if (filter.draftedTo) {
        where.push('d.draftedOn <= ?');
        params.push(filter.draftedTo);
      }
      if (!this.access.readsEverything(principal)) {
        const sections = await this.access.sectionIdsOf(principal);
        where.push(
          `(d.disclosure <> 'closed' OR d.drafterUserId = ?${sections.length ? ` OR d.unitId IN (${sections.map(() => '?').join(', ')})` : ''}` +
            ' OR EXISTS (SELECT 1 FROM doc_participant p WHERE p.documentId = d.id AND p.userId = ?))',
        );
        params.push(principal.userId, ...sections, principal.userId);
      }
      // The hit's own columns in the same statement: no second round trip, and never the body.
      const sql =
        `SELECT ${HIT_COLUMNS.map((c) => `d.${c}`).join(', ')}` +
        ` FROM ${from}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} LIMIT ? OFFSET ?`;
      const rows = (await em.query(sql, [...params, limit + 1, offset])) as RawHit[];
      return { items: rows.slice(0, limit).map(toHit), hasMore: rows.length > limit };
    });
  }

  /** The backslash as LIKE's escape character: MySQL string literals escape it themselves, SQLite's do not. */
  private get likeEscape(): string {
    return this.transactions.isMysql ? "ESCAPE '\\\\'" : "ESCAPE '\\'";
  }

  /**
   * The query's bigrams, rarest first, by how many documents contain each. Counting a common bigram reads its whole
   * index range, so counts are kept per process for a while, as a database keeps its statistics: a bigram's share
   * of the documents changes slowly, and a stale count only costs a less good starting point, never a wrong answer.
   */
  private rankByRarity(grams: string[]): Promise<string[]> {
    return this.transactions.run(async (em) => {
      const now = this.clock.now().getTime();
      const counted: Array<[string, number]> = [];
      for (const gram of grams) {
        let known = this.gramCounts.get(gram);
        if (!known || now - known.at > GRAM_COUNT_TTL_MS) {
          const [row] = (await em.query('SELECT COUNT(*) AS n FROM doc_gram WHERE gram = ?', [gram])) as Array<{
            n: number | string;
          }>;
          known = { n: Number(row.n), at: now };
          this.gramCounts.delete(gram);
          this.gramCounts.set(gram, known);
          if (this.gramCounts.size > GRAM_COUNT_ENTRIES) this.gramCounts.delete(this.gramCounts.keys().next().value!);
        }
        counted.push([gram, known.n]);
      }
      return counted.sort((a, b) => a[1] - b[1]).map(([gram]) => gram);
    });
  }
}
