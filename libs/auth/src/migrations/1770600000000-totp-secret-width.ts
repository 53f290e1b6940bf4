import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sealed TOTP secrets (TotpSecretVault) are about 90 characters where the clear base32 ones were 32. SQLite does
 * not enforce a varchar's length, so only MySQL/MariaDB changes.
 */
export class TotpSecretWidth1770600000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    if (q.connection.options.type !== 'mysql') return;
    await q.query(
      'ALTER TABLE user_account MODIFY totpSecret varchar(128) NULL, MODIFY totpPendingSecret varchar(128) NULL',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    if (q.connection.options.type !== 'mysql') return;
    await q.query(
      'ALTER TABLE user_account MODIFY totpSecret varchar(64) NULL, MODIFY totpPendingSecret varchar(64) NULL',
    );
  }
}
