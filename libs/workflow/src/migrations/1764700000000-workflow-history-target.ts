import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';

/** The step a 差戻し or 引戻し sent the case back to, on its history line. */
export class WorkflowHistoryTarget1764700000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('wf_history', new TableColumn(col.varchar('targetElementId', 200, true)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('wf_history', 'targetElementId');
  }
}
