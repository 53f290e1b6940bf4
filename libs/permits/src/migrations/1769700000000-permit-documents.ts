import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';

/** The permit document of a decided application: the signed 許可書 ringi issued, or a historic permit's scan. */
export class PermitDocuments1769700000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('permit_application', [
      new TableColumn(col.varchar('permitPdfSha256', 64, true)),
      new TableColumn(col.varchar('permitPdfSource', 16, true)),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('permit_application', 'permitPdfSource');
    await q.dropColumn('permit_application', 'permitPdfSha256');
  }
}
