import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';

/**
 * A task for a post (post(課長), decider(…)) names the post, so whoever holds it now — 兼務 included, or
 * after a transfer — finds it in the inbox; escalation and reminders of overdue tasks are kept on the row.
 */
export class WorkflowTaskPosts1764800000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('wf_task', [
      new TableColumn(col.int('assigneeUnitId', true)),
      new TableColumn(col.varchar('assigneePositionCode', 32, true)),
      new TableColumn(col.int('escalatedToUserId', true)),
      new TableColumn(col.instant('remindedAt', true)),
      new TableColumn(col.int('reviewOfTaskId', true)),
    ]);
    await q.createIndex(
      'wf_task',
      new TableIndex({
        name: 'ix_wf_task_inbox_post',
        columnNames: ['assigneeUnitId', 'assigneePositionCode', 'status'],
      }),
    );
    await q.createIndex(
      'wf_task',
      new TableIndex({ name: 'ix_wf_task_inbox_escalated', columnNames: ['escalatedToUserId', 'status'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('wf_task', 'ix_wf_task_inbox_escalated');
    await q.dropIndex('wf_task', 'ix_wf_task_inbox_post');
    for (const name of [
      'reviewOfTaskId',
      'remindedAt',
      'escalatedToUserId',
      'assigneePositionCode',
      'assigneeUnitId',
    ]) {
      await q.dropColumn('wf_task', name);
    }
  }
}
