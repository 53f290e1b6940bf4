import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';

export class WorkflowTimers1764600000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'wf_timer',
        columns: [
          col.id(),
          col.varchar('kind', 40),
          col.int('instanceId', true),
          col.int('taskId', true),
          col.text('payload'),
          col.instant('dueAt'),
          col.varchar('claimedBy', 64, true),
          col.instant('claimedUntil', true),
          col.instant('firedAt', true),
          col.instant('cancelledAt', true),
          col.int('attempts'),
          col.varchar('lastError', 500, true),
          col.instant('createdAt'),
        ],
        indices: [
          new TableIndex({ name: 'ix_wf_timer_due', columnNames: ['firedAt', 'cancelledAt', 'dueAt'] }),
          new TableIndex({ name: 'ix_wf_timer_task', columnNames: ['taskId'] }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('wf_timer');
  }
}
