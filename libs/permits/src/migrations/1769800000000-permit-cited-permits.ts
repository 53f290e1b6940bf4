import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';

/** 更新・変更・廃止・承継 cite the permit in force; 承継 also records its holder as the applicant named them. */
export class PermitCitedPermits1769800000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('permit_application', [
      new TableColumn(col.int('citedApplicationId', true)),
      new TableColumn(col.varchar('citedHolderName', 200, true)),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('permit_application', 'citedHolderName');
    await q.dropColumn('permit_application', 'citedApplicationId');
  }
}
