import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';

/** Attachments of commitments and payment orders (after 無害化), and the designated bank's settings row. */
export class FinanceAttachmentsBank1766200000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'fin_attachment',
        columns: [
          col.id(),
          col.varchar('ownerType', 16),
          col.int('ownerId'),
          col.varchar('attachmentKind', 16),
          col.int('version'),
          col.varchar('fileName', 255),
          col.varchar('mediaType', 64),
          col.int('size'),
          col.varchar('sha256', 64),
          col.varchar('treatment', 16),
          col.bool('addedAfterDecision', false),
          col.int('addedByUserId'),
          col.instant('createdAt'),
        ],
        indices: [
          // Two uploads of one kind at once cannot both become the same version.
          new TableIndex({
            name: 'ux_fin_attachment_version',
            columnNames: ['ownerType', 'ownerId', 'attachmentKind', 'version'],
            isUnique: true,
          }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'fin_designated_bank',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true },
          col.varchar('requesterCode', 10),
          col.varchar('nameKana', 40),
          col.varchar('bankCode', 4),
          col.varchar('bankNameKana', 15),
          col.varchar('branchCode', 3),
          col.varchar('branchNameKana', 15),
          col.varchar('accountType', 8),
          col.varchar('accountNumber', 7),
          col.int('updatedByUserId', true),
          col.instant('updatedAt'),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('fin_designated_bank');
    await q.dropTable('fin_attachment');
  }
}
