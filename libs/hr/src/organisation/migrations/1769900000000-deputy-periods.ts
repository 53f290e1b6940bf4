import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';

/**
 * A 代決者 designation may hold for a period (e.g. while a post is vacant); null ends are open. A post may then
 * have the same priority or the same deputy post twice in periods that do not meet, so the unique indexes give
 * way to a check in DeputiesService, made under a lock on the post's unit. The new index comes first: MariaDB
 * keeps an index for the unitId foreign key at every step.
 */
export class DeputyPeriods1769900000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('deputy_designation', [
      new TableColumn(col.date('startDate', true)),
      new TableColumn(col.date('endDate', true)),
    ]);
    await q.createIndex(
      'deputy_designation',
      new TableIndex({ name: 'ix_deputy_post_priority', columnNames: ['unitId', 'positionId', 'priority'] }),
    );
    await q.dropIndex('deputy_designation', 'uq_deputy_post_priority');
    await q.dropIndex('deputy_designation', 'uq_deputy_post_deputy');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.createIndex(
      'deputy_designation',
      new TableIndex({
        name: 'uq_deputy_post_deputy',
        columnNames: ['unitId', 'positionId', 'deputyUnitId', 'deputyPositionId'],
        isUnique: true,
      }),
    );
    await q.createIndex(
      'deputy_designation',
      new TableIndex({
        name: 'uq_deputy_post_priority',
        columnNames: ['unitId', 'positionId', 'priority'],
        isUnique: true,
      }),
    );
    await q.dropIndex('deputy_designation', 'ix_deputy_post_priority');
    await q.dropColumns('deputy_designation', ['startDate', 'endDate']);
  }
}
