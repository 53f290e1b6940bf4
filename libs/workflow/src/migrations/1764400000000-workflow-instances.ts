import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';

/** Process instances, their user tasks and their history. */
export class WorkflowInstances1764400000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'wf_instance',
        columns: [
          col.id(),
          col.int('definitionId'),
          col.varchar('processKey', 200),
          col.varchar('businessKey', 100),
          col.varchar('businessType', 64, true),
          col.varchar('status', 16),
          col.int('initiatorUserId'),
          col.int('initiatorStaffId', true),
          col.int('initiatorUnitId', true),
          col.longText('variables'),
          col.longText('engineState'),
          col.instant('startedAt'),
          col.instant('endedAt', true),
          col.int('lockVersion'),
        ],
        indices: [
          new TableIndex({ name: 'ix_wf_instance_business', columnNames: ['businessType', 'businessKey'] }),
          new TableIndex({ name: 'ix_wf_instance_initiator', columnNames: ['initiatorUserId', 'status'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'wf_task',
        columns: [
          col.id(),
          col.int('instanceId'),
          col.varchar('executionId', 200),
          col.varchar('elementId', 200),
          col.varchar('name', 255, true),
          col.varchar('stepKind', 16),
          col.int('assigneeUserId', true),
          col.varchar('candidateRole', 64, true),
          col.int('candidateScopeUnitId', true),
          col.varchar('assigneeLabel', 200),
          col.varchar('status', 16),
          col.instant('dueAt', true),
          col.instant('createdAt'),
          col.instant('completedAt', true),
          col.int('completedByUserId', true),
          col.varchar('outcome', 32, true),
          col.text('comment', true),
        ],
        indices: [
          new TableIndex({ name: 'ix_wf_task_inbox_user', columnNames: ['assigneeUserId', 'status', 'dueAt'] }),
          new TableIndex({ name: 'ix_wf_task_inbox_role', columnNames: ['candidateRole', 'status'] }),
          new TableIndex({ name: 'ix_wf_task_instance', columnNames: ['instanceId', 'status'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'wf_history',
        columns: [
          col.id(),
          col.int('instanceId'),
          col.int('taskId', true),
          col.instant('at'),
          col.int('actorUserId', true),
          col.varchar('actorName', 200, true),
          col.varchar('capacity', 32),
          col.varchar('action', 32),
          col.text('comment', true),
        ],
        indices: [new TableIndex({ name: 'ix_wf_history_instance', columnNames: ['instanceId', 'id'] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('wf_history');
    await q.dropTable('wf_task');
    await q.dropTable('wf_instance');
  }
}
