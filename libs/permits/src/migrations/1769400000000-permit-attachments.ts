import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';

/** Attachments of applications, after 無害化. */
export class PermitAttachments1769400000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'permit_attachment',
        columns: [
          col.id(),
          col.int('applicationId'),
          col.varchar('attachmentKind', 16),
          col.varchar('fileName', 255),
          col.varchar('mediaType', 64),
          col.int('size'),
          col.varchar('sha256', 64),
          col.varchar('treatment', 16),
          col.instant('uploadedAt'),
        ],
        indices: [new TableIndex({ name: 'ix_permit_attachment_application', columnNames: ['applicationId', 'id'] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('permit_attachment');
  }
}
