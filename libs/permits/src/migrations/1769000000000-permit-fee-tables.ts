import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';

/** Versioned 占用料 tables. */
export class PermitFeeTables1769000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'permit_fee_table',
        columns: [
          col.id(),
          col.varchar('version', 32),
          col.date('effectiveFrom'),
          col.text('rules'),
          col.longText('prices'),
          col.instant('createdAt'),
          col.int('createdByUserId', true),
        ],
        indices: [
          new TableIndex({ name: 'ux_permit_fee_table_version', columnNames: ['version'], isUnique: true }),
          new TableIndex({ name: 'ix_permit_fee_table_effective', columnNames: ['effectiveFrom'] }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('permit_fee_table');
  }
}
