import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';

/**
 * The inbox counts a user's open tasks per step kind and business type. The type was the instance's, so the
 * count joined every open task to its instance (about half of the inbox's database time at 500 open tasks);
 * a case never changes its type, so each task now carries it.
 */
export class WorkflowTaskBusinessType1770500000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('wf_task', new TableColumn(col.varchar('businessType', 64, true)));
    await q.query(
      'UPDATE wf_task SET businessType = (SELECT i.businessType FROM wf_instance i WHERE i.id = wf_task.instanceId)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('wf_task', 'businessType');
  }
}
