import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';

/** The requester a transfer run was made with, so its file downloads the same after the settings change. */
export class TransferBatchRequester1766300000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('fin_transfer_batch', new TableColumn(col.text('requester', true)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('fin_transfer_batch', 'requester');
  }
}
