import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';

/** Versioned 級地 area tables; an application's 級地 override reason and its fee breakdown as quoted. */
export class PermitFeeAreas1769500000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'permit_fee_area_table',
        columns: [
          col.id(),
          col.varchar('version', 32),
          col.date('effectiveFrom'),
          col.int('defaultDistrict'),
          col.longText('areas'),
          col.instant('createdAt'),
          col.int('createdByUserId', true),
        ],
        indices: [
          new TableIndex({ name: 'ux_permit_fee_area_table_version', columnNames: ['version'], isUnique: true }),
        ],
      }),
    );
    await q.addColumns('permit_application', [
      new TableColumn(col.varchar('feeDistrictReason', 500, true)),
      new TableColumn(col.longText('feeBreakdown', true)),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('permit_application', 'feeBreakdown');
    await q.dropColumn('permit_application', 'feeDistrictReason');
    await q.dropTable('permit_fee_area_table');
  }
}
