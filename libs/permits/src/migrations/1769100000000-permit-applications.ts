import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';

/** Categories as data, online applications and the 許可番号 counters. */
export class PermitApplications1769100000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'permit_category',
        columns: [col.id(), col.varchar('code', 64), col.text('definition'), col.bool('active', true)],
        indices: [new TableIndex({ name: 'ux_permit_category_code', columnNames: ['code'], isUnique: true })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'permit_application',
        columns: [
          col.id(),
          col.int('applicantUserId'),
          col.varchar('kind', 16),
          col.varchar('categoryCode', 64),
          col.text('fields'),
          col.varchar('address', 300),
          col.varchar('roadName', 200),
          col.longText('geometry'),
          col.int('feeDistrict'),
          col.int('quantityHundredths'),
          col.date('periodFrom'),
          col.date('periodTo'),
          col.bool('policeConsultation', false),
          col.int('quotedFeeYen'),
          col.varchar('status', 16),
          col.int('instanceId', true),
          col.varchar('permitNumber', 64, true),
          col.instant('submittedAt'),
          col.instant('decidedAt', true),
        ],
        indices: [
          new TableIndex({ name: 'ix_permit_application_applicant', columnNames: ['applicantUserId', 'submittedAt'] }),
          new TableIndex({ name: 'ix_permit_application_status', columnNames: ['status', 'submittedAt'] }),
          new TableIndex({ name: 'ix_permit_application_instance', columnNames: ['instanceId'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'permit_number_counter',
        columns: [col.id(), col.varchar('symbol', 32), col.int('fiscalYear'), col.int('lastNumber')],
        indices: [
          new TableIndex({ name: 'ux_permit_number_counter', columnNames: ['symbol', 'fiscalYear'], isUnique: true }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('permit_number_counter');
    await q.dropTable('permit_application');
    await q.dropTable('permit_category');
  }
}
