import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';

/** Messages between applicant and clerks per application, and the last one each side has read (for 未読). */
export class PermitMessages1769950000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'permit_message',
        columns: [
          col.id(),
          col.int('applicationId'),
          col.varchar('authorKind', 16),
          col.int('authorUserId'),
          col.varchar('authorName', 200),
          col.text('body'),
          col.instant('at'),
        ],
        indices: [new TableIndex({ name: 'ix_permit_message_application', columnNames: ['applicationId', 'id'] })],
      }),
    );
    await q.addColumns('permit_application', [
      new TableColumn(col.int('applicantReadMessageId', true)),
      new TableColumn(col.int('clerksReadMessageId', true)),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('permit_application', 'clerksReadMessageId');
    await q.dropColumn('permit_application', 'applicantReadMessageId');
    await q.dropTable('permit_message');
  }
}
