import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';

export class StaffMyNumber1764200000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'staff_my_number',
        columns: [{ ...col.int('staffId'), isPrimary: true }, col.varchar('encrypted', 200), col.instant('updatedAt')],
        foreignKeys: [
          {
            columnNames: ['staffId'],
            referencedTableName: 'staff',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('staff_my_number');
  }
}
