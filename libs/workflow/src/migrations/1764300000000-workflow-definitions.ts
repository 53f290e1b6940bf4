import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';

/** Deployed BPMN definitions, one row per version of a process key. */
export class WorkflowDefinitions1764300000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'wf_definition',
        columns: [
          col.id(),
          col.varchar('processKey', 200),
          col.int('version'),
          col.varchar('name', 255, true),
          col.longText('xml'),
          col.longText('serializedContext'),
          col.longText('userTasks'),
          col.bool('active', false),
          col.int('deployedByUserId', true),
          col.instant('deployedAt'),
        ],
        indices: [
          // Two processes deploying the same key at once cannot both store the same version.
          new TableIndex({
            name: 'uq_wf_definition_key_version',
            columnNames: ['processKey', 'version'],
            isUnique: true,
          }),
          new TableIndex({ name: 'ix_wf_definition_key_active', columnNames: ['processKey', 'active'] }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('wf_definition');
  }
}
