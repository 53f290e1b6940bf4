import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';

/**
 * The clerks' review: applications entered at the counter (the applicant recorded, a portal account optional),
 * the checklist, permit conditions and their templates, the police consultation's result and 減免.
 */
export class PermitReview1769600000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.changeColumn('permit_application', 'applicantUserId', new TableColumn(col.int('applicantUserId', true)));
    await q.addColumns('permit_application', [
      new TableColumn(col.text('applicant', true)),
      new TableColumn(col.int('enteredByUserId', true)),
      new TableColumn(col.text('checklist', true)),
      new TableColumn(col.longText('conditions', true)),
      new TableColumn(col.text('policeResult', true)),
      new TableColumn(col.text('exemption', true)),
    ]);
    await q.createTable(
      new Table({
        name: 'permit_condition_template',
        columns: [
          col.id(),
          col.varchar('code', 64),
          col.varchar('title', 200),
          col.text('body'),
          col.text('categoryCodes', true),
          col.bool('active', true),
        ],
        indices: [new TableIndex({ name: 'ux_permit_condition_template_code', columnNames: ['code'], isUnique: true })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('permit_condition_template');
    for (const column of ['exemption', 'policeResult', 'conditions', 'checklist', 'enteredByUserId', 'applicant']) {
      await q.dropColumn('permit_application', column);
    }
    await q.changeColumn('permit_application', 'applicantUserId', new TableColumn(col.int('applicantUserId')));
  }
}
