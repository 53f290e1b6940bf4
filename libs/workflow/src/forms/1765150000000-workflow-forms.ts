import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';

export class WorkflowForms1765150000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'wf_form',
        columns: [
          col.id(),
          col.varchar('formKey', 60),
          col.int('version'),
          col.varchar('processKey', 200),
          col.varchar('name', 100),
          col.varchar('description', 500, true),
          col.longText('fields'),
          col.int('createdByUserId', true),
          col.instant('createdAt'),
        ],
        indices: [
          new TableIndex({ name: 'uq_wf_form_key_version', columnNames: ['formKey', 'version'], isUnique: true }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('wf_form');
  }
}
