import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';

/**
 * A permit's end (廃止, or superseded by a permitted 変更・承継) and its renewal, recorded on the permit; and the one
 * pending application that may cite it, kept unique so two concurrent requests cannot both cite it.
 */
export class PermitLifecycle1769900000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('permit_application', [
      new TableColumn(col.date('endedOn', true)),
      new TableColumn(col.varchar('endReason', 16, true)),
      new TableColumn(col.int('endedByApplicationId', true)),
      new TableColumn(col.int('renewedByApplicationId', true)),
      new TableColumn(col.int('pendingCitationOf', true)),
    ]);
    await q.createIndex(
      'permit_application',
      new TableIndex({
        name: 'ux_permit_application_pending_citation',
        columnNames: ['pendingCitationOf'],
        isUnique: true,
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('permit_application', 'ux_permit_application_pending_citation');
    for (const column of [
      'pendingCitationOf',
      'renewedByApplicationId',
      'endedByApplicationId',
      'endReason',
      'endedOn',
    ]) {
      await q.dropColumn('permit_application', column);
    }
  }
}
