import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';

/** 文例 can be edited and retired (廃止): retired ones stay for the drafts made from them, but are no longer offered. */
export class DocumentsTemplateRetire1770400000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('doc_template', [
      new TableColumn(col.instant('updatedAt', true)),
      new TableColumn(col.instant('retiredAt', true)),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('doc_template', 'retiredAt');
    await q.dropColumn('doc_template', 'updatedAt');
  }
}
