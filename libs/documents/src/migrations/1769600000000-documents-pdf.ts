import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';

/** The signed PDF of an electronic 施行 (kept by its sha256 in the content store), and PDF attachments' text. */
export class DocumentsPdf1769600000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('doc_document', new TableColumn(col.varchar('dispatchedPdfSha256', 64, true)));
    await q.addColumn('doc_attachment', new TableColumn({ ...col.longText('text'), isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('doc_attachment', 'text');
    await q.dropColumn('doc_document', 'dispatchedPdfSha256');
  }
}
