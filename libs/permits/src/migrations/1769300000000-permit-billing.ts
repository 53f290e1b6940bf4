import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';

/** Bills per fiscal year of a permit and the payments providers reported for them. */
export class PermitBilling1769300000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'permit_bill',
        columns: [
          col.id(),
          col.int('applicationId'),
          col.int('fiscalYear'),
          col.int('amountYen'),
          col.date('dueDate'),
          col.varchar('status', 16),
          col.instant('paidAt', true),
          col.varchar('checkoutRef', 64, true),
        ],
        indices: [
          new TableIndex({ name: 'ix_permit_bill_application', columnNames: ['applicationId', 'fiscalYear'] }),
          new TableIndex({ name: 'ux_permit_bill_checkout', columnNames: ['checkoutRef'], isUnique: true }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'permit_payment',
        columns: [
          col.id(),
          col.int('billId'),
          col.varchar('provider', 32),
          col.varchar('paymentRef', 64),
          col.int('amountYen'),
          col.instant('receivedAt'),
        ],
        indices: [
          new TableIndex({ name: 'ux_permit_payment_ref', columnNames: ['provider', 'paymentRef'], isUnique: true }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('permit_payment');
    await q.dropTable('permit_bill');
  }
}
