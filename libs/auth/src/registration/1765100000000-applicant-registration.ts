import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';

export class ApplicantRegistration1765100000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'email_confirmation',
        columns: [
          col.id(),
          col.int('userId'),
          col.varchar('tokenHash', 64),
          col.instant('expiresAt'),
          col.instant('usedAt', true),
          col.instant('createdAt'),
        ],
        indices: [
          new TableIndex({ name: 'uq_email_confirmation_token', columnNames: ['tokenHash'], isUnique: true }),
          new TableIndex({ name: 'ix_email_confirmation_user', columnNames: ['userId'] }),
        ],
        foreignKeys: [
          {
            columnNames: ['userId'],
            referencedTableName: 'user_account',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'mail_outbox',
        columns: [
          col.id(),
          col.varchar('recipient', 254),
          col.varchar('subject', 200),
          col.text('body'),
          col.instant('createdAt'),
          col.instant('sentAt', true),
          col.varchar('error', 500, true),
        ],
        indices: [new TableIndex({ name: 'ix_mail_outbox_created', columnNames: ['createdAt'] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('mail_outbox');
    await q.dropTable('email_confirmation');
  }
}
