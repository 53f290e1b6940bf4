import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * MariaDB often defaults to latin1; Japanese text needs utf8mb4, and binary collation keeps
 * kana and kanji distinct (ハ ≠ パ) for exact matching and search.
 */
export class DatabaseCharset1763999999000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    if (q.connection.options.type !== 'mysql') return;
    await q.query('ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_bin');
  }

  async down(): Promise<void> {
    // The previous character set is not recorded; leaving utf8mb4 in place is harmless.
  }
}
