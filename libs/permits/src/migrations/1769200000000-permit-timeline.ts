import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';

/** Where an application stands as the applicant sees it, its timeline, corrections and the permit's code. */
export class PermitTimeline1769200000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('permit_application', [
      new TableColumn({ ...col.varchar('stage', 24), default: "'received'" }),
      new TableColumn(col.varchar('verificationCode', 24, true)),
      new TableColumn(col.varchar('holderName', 200, true)),
    ]);
    await q.createIndex(
      'permit_application',
      new TableIndex({ name: 'ux_permit_application_code', columnNames: ['verificationCode'], isUnique: true }),
    );
    await q.createIndex(
      'permit_application',
      new TableIndex({ name: 'ix_permit_application_expiry', columnNames: ['status', 'periodTo'] }),
    );
    await q.createTable(
      new Table({
        name: 'permit_timeline',
        columns: [
          col.id(),
          col.int('applicationId'),
          col.instant('at'),
          col.varchar('stage', 24),
          col.text('message', true),
          col.int('byUserId', true),
        ],
        indices: [new TableIndex({ name: 'ix_permit_timeline_application', columnNames: ['applicationId', 'id'] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('permit_timeline');
    await q.dropIndex('permit_application', 'ix_permit_application_expiry');
    await q.dropIndex('permit_application', 'ux_permit_application_code');
    for (const name of ['holderName', 'verificationCode', 'stage']) await q.dropColumn('permit_application', name);
  }
}
