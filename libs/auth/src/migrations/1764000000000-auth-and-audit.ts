import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';
import { GENESIS_HASH } from '../audit/audit-hash';

export class AuthAndAudit1764000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'user_account',
        columns: [
          col.id(),
          col.varchar('username', 254),
          col.varchar('kind', 12),
          col.varchar('displayName', 100),
          col.varchar('email', 254, true),
          col.varchar('organisationName', 200, true),
          col.varchar('passwordHash', 255, true),
          col.int('staffId', true),
          col.bool('active', true),
          col.int('failedLoginCount'),
          col.instant('lockedUntil', true),
          col.instant('passwordChangedAt', true),
          col.varchar('totpSecret', 64, true),
          col.varchar('totpPendingSecret', 64, true),
          col.int('totpLastStep', true),
          col.bool('mfaEnabled', false),
          col.instant('emailVerifiedAt', true),
          col.instant('lastLoginAt', true),
          col.instant('createdAt'),
        ],
        indices: [
          new TableIndex({ name: 'uq_user_account_username', columnNames: ['username'], isUnique: true }),
          new TableIndex({ name: 'ix_user_account_staff', columnNames: ['staffId'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'user_role',
        columns: [col.id(), col.int('userId'), col.varchar('role', 40), col.int('scopeUnitId', true)],
        indices: [new TableIndex({ name: 'ix_user_role_user', columnNames: ['userId'] })],
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
        name: 'mfa_recovery_code',
        columns: [col.id(), col.int('userId'), col.varchar('codeHash', 64), col.instant('usedAt', true)],
        indices: [new TableIndex({ name: 'ix_mfa_recovery_user', columnNames: ['userId'] })],
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
        name: 'auth_session',
        columns: [
          col.id(),
          col.varchar('tokenHash', 64),
          col.int('userId'),
          col.varchar('zone', 10),
          col.varchar('stage', 20),
          col.bool('mfaVerified', false),
          col.int('mfaAttempts'),
          col.instant('createdAt'),
          col.instant('lastSeenAt'),
          col.instant('expiresAt'),
          col.instant('revokedAt', true),
          col.varchar('revokedReason', 100, true),
          col.varchar('clientAddress', 64, true),
          col.varchar('userAgent', 255, true),
        ],
        indices: [
          new TableIndex({ name: 'uq_auth_session_token', columnNames: ['tokenHash'], isUnique: true }),
          new TableIndex({ name: 'ix_auth_session_user', columnNames: ['userId'] }),
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
        name: 'audit_event',
        columns: [
          col.id(),
          col.int('seq'),
          col.instant('at'),
          col.int('actorUserId', true),
          col.varchar('actorName', 100, true),
          col.varchar('capacity', 40),
          col.varchar('action', 80),
          col.varchar('targetType', 60, true),
          col.varchar('targetId', 80, true),
          col.varchar('zone', 10, true),
          col.varchar('clientAddress', 64, true),
          col.varchar('outcome', 12),
          col.text('detail', true),
          col.varchar('prevHash', 64),
          col.varchar('hash', 64),
        ],
        indices: [
          new TableIndex({ name: 'uq_audit_event_seq', columnNames: ['seq'], isUnique: true }),
          new TableIndex({ name: 'ix_audit_event_at', columnNames: ['at'] }),
          new TableIndex({ name: 'ix_audit_event_actor', columnNames: ['actorUserId', 'at'] }),
          new TableIndex({ name: 'ix_audit_event_target', columnNames: ['targetType', 'targetId'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'audit_chain_head',
        columns: [col.id(), col.int('lastSeq'), col.varchar('lastHash', 64)],
      }),
    );
    await q.query(`INSERT INTO audit_chain_head (id, lastSeq, lastHash) VALUES (1, 0, '${GENESIS_HASH}')`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'audit_chain_head',
      'audit_event',
      'auth_session',
      'mfa_recovery_code',
      'user_role',
      'user_account',
    ]) {
      await q.dropTable(table);
    }
  }
}
