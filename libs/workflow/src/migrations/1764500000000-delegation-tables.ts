import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';

export class DelegationTables1764500000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'wf_delegation_table',
        columns: [
          col.id(),
          col.varchar('tableKey', 60),
          col.int('version'),
          col.varchar('name', 200),
          col.longText('rules'),
          col.bool('active', false),
          col.int('createdByUserId', true),
          col.instant('createdAt'),
        ],
        indices: [
          new TableIndex({
            name: 'uq_wf_delegation_key_version',
            columnNames: ['tableKey', 'version'],
            isUnique: true,
          }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('wf_delegation_table');
  }
}
