import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { col } from '@ringi/platform';

const fk = (column: string, table: string) => ({
  columnNames: [column],
  referencedTableName: table,
  referencedColumnNames: ['id'],
});

/**
 * Search grams and the text they are verified against compare byte for byte on MySQL/MariaDB: the usual
 * collations treat ハ, は and パ as one letter, which would find documents that do not contain the query.
 */
const exact = (q: QueryRunner, column: TableColumnOptions): TableColumnOptions =>
  q.connection.options.type === 'mysql' ? { ...column, charset: 'utf8mb4', collation: 'utf8mb4_bin' } : column;

export class Documents1768000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'doc_setting',
        columns: [col.id(), col.varchar('numberingAt', 10), col.instant('updatedAt')],
      }),
    );
    await q.query(
      `INSERT INTO doc_setting (id, numberingAt, updatedAt) VALUES (1, 'drafting', '2026-01-01 00:00:00.000')`,
    );
    await q.createTable(
      new Table({
        name: 'doc_file_category',
        columns: [
          col.id(),
          col.varchar('code', 20),
          col.varchar('name', 100),
          col.int('sortOrder'),
          col.instant('createdAt'),
        ],
        indices: [{ columnNames: ['code'], isUnique: true }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'doc_record_file',
        columns: [
          col.id(),
          col.int('categoryId'),
          col.int('unitId'),
          col.varchar('title', 200),
          col.int('fiscalYear'),
          col.varchar('retention', 10),
          col.varchar('endAction', 10),
          col.varchar('status', 12),
          col.date('completedOn', true),
          col.date('retentionEndsOn', true),
          col.int('disposalId', true),
          col.instant('createdAt'),
        ],
        foreignKeys: [fk('categoryId', 'doc_file_category'), fk('unitId', 'org_unit')],
        indices: [{ columnNames: ['status', 'retentionEndsOn'] }, { columnNames: ['unitId', 'fiscalYear'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'doc_counter',
        columns: [col.id(), col.varchar('docSymbol', 20), col.int('fiscalYear'), col.int('lastSequence')],
        indices: [{ columnNames: ['docSymbol', 'fiscalYear'], isUnique: true }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'doc_document',
        columns: [
          col.id(),
          col.varchar('kind', 10),
          col.varchar('status', 12),
          col.int('unitId'),
          col.varchar('docSymbol', 20),
          col.int('fiscalYear'),
          col.int('sequence', true),
          col.varchar('docNumber', 40, true),
          col.varchar('title', 200),
          col.longText('body'),
          col.int('recordFileId'),
          col.varchar('disclosure', 10),
          col.varchar('decisionClass', 30),
          col.text('consultUnits'),
          col.text('viewers'),
          col.int('templateId', true),
          col.int('answersDocumentId', true),
          col.varchar('sender', 200, true),
          col.varchar('senderNumber', 60, true),
          col.date('receivedOn', true),
          col.int('instanceId', true),
          col.int('drafterUserId'),
          col.date('draftedOn'),
          col.instant('createdAt'),
          col.instant('updatedAt'),
          col.instant('submittedAt', true),
          col.instant('decidedAt', true),
          col.varchar('decidedSha256', 64, true),
          col.instant('dispatchedAt', true),
          col.varchar('dispatchMethod', 20, true),
          col.varchar('dispatchNote', 200, true),
          col.instant('disposedAt', true),
        ],
        foreignKeys: [fk('unitId', 'org_unit'), fk('recordFileId', 'doc_record_file')],
        indices: [
          { columnNames: ['docNumber'] },
          { columnNames: ['docSymbol', 'fiscalYear', 'sequence'], isUnique: true },
          { columnNames: ['unitId', 'draftedOn'] },
          { columnNames: ['draftedOn'] },
          { columnNames: ['recordFileId'] },
          { columnNames: ['instanceId'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'doc_attachment',
        columns: [
          col.id(),
          col.int('documentId'),
          col.varchar('name', 200),
          col.int('version'),
          col.varchar('mediaType', 100),
          col.int('size'),
          col.varchar('sha256', 64),
          col.bool('addedAfterDecision', false),
          col.int('addedByUserId'),
          col.instant('createdAt'),
        ],
        foreignKeys: [fk('documentId', 'doc_document')],
        indices: [{ columnNames: ['documentId', 'name', 'version'], isUnique: true }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'doc_participant',
        columns: [
          { ...col.int('documentId'), isPrimary: true },
          { ...col.int('userId'), isPrimary: true },
        ],
        indices: [{ columnNames: ['userId', 'documentId'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'doc_search_text',
        columns: [{ ...col.int('documentId'), isPrimary: true }, exact(q, col.longText('content'))],
      }),
    );
    await q.createTable(
      new Table({
        name: 'doc_gram',
        columns: [
          { ...exact(q, col.varchar('gram', 2)), isPrimary: true },
          { ...col.int('documentId'), isPrimary: true },
        ],
        indices: [{ columnNames: ['documentId'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'doc_template',
        columns: [
          col.id(),
          col.varchar('name', 100),
          col.varchar('title', 200),
          col.longText('body'),
          col.varchar('decisionClass', 30),
          col.varchar('disclosure', 10),
          col.int('unitId', true),
          col.int('createdByUserId'),
          col.instant('createdAt'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'doc_disposal',
        columns: [
          col.id(),
          col.int('recordFileId'),
          col.varchar('action', 10),
          col.varchar('status', 12),
          col.varchar('reason', 400),
          col.int('instanceId', true),
          col.int('requestedByUserId'),
          col.varchar('decidedBy', 200, true),
          col.instant('createdAt'),
          col.instant('decidedAt', true),
          col.instant('executedAt', true),
          col.instant('contentRemovedAt', true),
        ],
        foreignKeys: [fk('recordFileId', 'doc_record_file')],
        indices: [{ columnNames: ['instanceId'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'doc_disposal',
      'doc_template',
      'doc_gram',
      'doc_search_text',
      'doc_participant',
      'doc_attachment',
      'doc_document',
      'doc_counter',
      'doc_record_file',
      'doc_file_category',
      'doc_setting',
    ]) {
      await q.dropTable(table);
    }
  }
}
