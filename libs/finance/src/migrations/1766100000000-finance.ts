import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';

const fk = (column: string, table: string) => ({
  columnNames: [column],
  referencedTableName: table,
  referencedColumnNames: ['id'],
});

export class Finance1766100000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'fin_budget_line',
        columns: [
          col.id(),
          col.int('fiscalYear'),
          col.int('unitId'),
          col.varchar('code', 20),
          col.varchar('kan', 60),
          col.varchar('kou', 60),
          col.varchar('moku', 60),
          col.varchar('setsu', 60),
          col.instant('createdAt'),
        ],
        foreignKeys: [fk('unitId', 'org_unit')],
        indices: [{ columnNames: ['fiscalYear', 'unitId', 'code'], isUnique: true }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'fin_budget_transfer',
        columns: [
          col.id(),
          col.int('fromLineId'),
          col.int('toLineId'),
          col.bigint('amount'),
          col.varchar('reason', 200),
          col.varchar('status', 12),
          col.int('instanceId', true),
          col.int('requestedByUserId'),
          col.instant('createdAt'),
          col.instant('decidedAt', true),
        ],
        foreignKeys: [fk('fromLineId', 'fin_budget_line'), fk('toLineId', 'fin_budget_line')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'fin_budget_change',
        columns: [
          col.id(),
          col.int('budgetLineId'),
          col.varchar('kind', 20),
          col.bigint('amount'),
          col.varchar('reason', 200),
          col.int('transferId', true),
          col.int('createdByUserId', true),
          col.instant('createdAt'),
        ],
        foreignKeys: [fk('budgetLineId', 'fin_budget_line'), fk('transferId', 'fin_budget_transfer')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'fin_payee',
        columns: [
          col.id(),
          col.varchar('name', 100),
          col.varchar('address', 200),
          col.varchar('bankCode', 4),
          col.varchar('bankNameKana', 15),
          col.varchar('branchCode', 3),
          col.varchar('branchNameKana', 15),
          col.varchar('accountType', 10),
          col.varchar('accountNumber', 7),
          col.varchar('holderKana', 30),
          col.instant('createdAt'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'fin_commitment',
        columns: [
          col.id(),
          col.int('budgetLineId'),
          col.int('payeeId'),
          col.varchar('kind', 20),
          col.bigint('amount'),
          col.varchar('description', 400),
          col.varchar('status', 12),
          col.int('instanceId', true),
          col.int('drafterUserId'),
          col.instant('createdAt'),
          col.instant('submittedAt', true),
          col.instant('decidedAt', true),
        ],
        foreignKeys: [fk('budgetLineId', 'fin_budget_line'), fk('payeeId', 'fin_payee')],
        indices: [{ columnNames: ['budgetLineId', 'status'] }, { columnNames: ['instanceId'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'fin_commitment_correction',
        columns: [
          col.id(),
          col.int('commitmentId'),
          col.bigint('previousAmount'),
          col.bigint('newAmount'),
          col.varchar('reason', 200),
          col.int('correctedByUserId'),
          col.instant('createdAt'),
        ],
        foreignKeys: [fk('commitmentId', 'fin_commitment')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'fin_transfer_batch',
        columns: [
          col.id(),
          col.varchar('transferDate', 10),
          col.int('count'),
          col.bigint('total'),
          col.int('createdByUserId'),
          col.instant('createdAt'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'fin_payment_order',
        columns: [
          col.id(),
          col.int('commitmentId'),
          col.varchar('kind', 12),
          col.bigint('amount'),
          col.varchar('invoiceDate', 10),
          col.varchar('dueDate', 10),
          col.varchar('status', 12),
          col.int('instanceId', true),
          col.int('advanceOrderId', true),
          col.bigint('settledAmount', true),
          col.varchar('sentBackReason', 400, true),
          col.int('transferBatchId', true),
          col.int('createdByUserId'),
          col.instant('createdAt'),
          col.instant('paidAt', true),
        ],
        foreignKeys: [
          fk('commitmentId', 'fin_commitment'),
          fk('advanceOrderId', 'fin_payment_order'),
          fk('transferBatchId', 'fin_transfer_batch'),
        ],
        indices: [{ columnNames: ['instanceId'] }, { columnNames: ['status'] }],
      }),
    );
    await q.createIndex('fin_budget_transfer', new TableIndex({ columnNames: ['instanceId'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'fin_payment_order',
      'fin_transfer_batch',
      'fin_commitment_correction',
      'fin_commitment',
      'fin_payee',
      'fin_budget_change',
      'fin_budget_transfer',
      'fin_budget_line',
    ]) {
      await q.dropTable(table);
    }
  }
}
