import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { AuditTrail, type Principal } from '@ringi/auth';
import { Clock, Transactions, toCsv, type CsvColumn, type CsvEncoding } from '@ringi/platform';
import { DocumentAccess } from '../access/document-access';
import { Attachment } from '../attachments/attachment.entity';
import { AttachmentStore } from '../attachments/attachment-store';
import { CityDocument } from '../documents/city-document.entity';
import { DISCLOSURE_LABELS } from '../documents/document-classes';
import { renderDecidedDocument, type DecidedDocumentFacts } from '../pdf/decided-document-pdf';
import { DecidedDocumentFactsReader } from '../pdf/decided-document-facts';
import { recordFileNotFound } from './file-plan.service';
import { RecordFile } from './record-file.entity';
import { safeFileName, zipArchive, type ZipEntry } from './zip-archive';

interface ExportRow {
  document: CityDocument;
  attachments: Attachment[];
  /** The folder of the document's files in the archive; null when its content is not included. */
  folder?: string | null;
}

const COLUMNS: CsvColumn<ExportRow>[] = [
  { header: '文書番号', value: (r) => r.document.docNumber },
  { header: '種別', value: (r) => (r.document.kind === 'draft' ? '起案' : '収受') },
  { header: '件名', value: (r) => r.document.title },
  { header: '状態', value: (r) => r.document.status },
  { header: '公開区分', value: (r) => DISCLOSURE_LABELS[r.document.disclosure] },
  { header: '起案日・収受日', value: (r) => r.document.receivedOn ?? r.document.draftedOn },
  { header: '差出人', value: (r) => r.document.sender },
  { header: '決裁日時', value: (r) => r.document.decidedAt },
  { header: '決裁版のSHA-256', value: (r) => r.document.decidedSha256 },
  { header: '施行', value: (r) => r.document.dispatchMethod },
  { header: '添付ファイル', value: (r) => r.attachments.map((a) => `${a.name} (第${a.version}版)`).join(' / ') },
];
const ZIP_COLUMNS: CsvColumn<ExportRow>[] = [
  ...COLUMNS,
  {
    header: '収録フォルダ',
    value: (r) => r.folder ?? (r.document.status === 'disposed' ? '（廃棄済み）' : '（閲覧権限がないため収録せず）'),
  },
];

/**
 * A record file for information-disclosure requests (情報公開): the metadata of its documents as CSV, or a ZIP
 * with that CSV (目録.csv) and, per document, the decided document as PDF, its attachments by version and the
 * signed copy sent on 施行. 非公開 documents the exporter may not read are listed but their content left out.
 */
@Injectable()
export class RecordFileExport {
  constructor(
    private readonly transactions: Transactions,
    private readonly access: DocumentAccess,
    private readonly facts: DecidedDocumentFactsReader,
    private readonly store: AttachmentStore,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  csv(recordFileId: number, encoding: CsvEncoding): Promise<{ file: RecordFile; csv: Buffer }> {
    return this.transactions.run(async (em) => {
      const { file, rows } = await this.rows(em, recordFileId);
      await this.audit.record({
        action: 'documents.recordFile.exported',
        targetType: 'recordFile',
        targetId: recordFileId,
        detail: { documents: rows.length, encoding },
      });
      return { file, csv: toCsv(rows, COLUMNS, encoding) };
    });
  }

  async zip(recordFileId: number, principal: Principal): Promise<{ file: RecordFile; zip: Buffer }> {
    const { file, rows, decided } = await this.transactions.run(async (em) => {
      const { file, rows } = await this.rows(em, recordFileId);
      const decided = new Map<number, DecidedDocumentFacts>();
      for (const row of rows) {
        const { document } = row;
        if (document.status === 'disposed' || !(await this.access.mayRead(em, document, principal))) continue;
        row.folder = safeFileName(`${document.docNumber ?? `ID${document.id}`}_${document.title}`);
        if (document.status === 'decided') decided.set(document.id, await this.facts.read(em, document));
      }
      await this.audit.record({
        action: 'documents.recordFile.exported',
        targetType: 'recordFile',
        targetId: recordFileId,
        detail: {
          format: 'zip',
          documents: rows.length,
          included: rows.filter((r) => r.folder).map((r) => r.document.id),
        },
      });
      return { file, rows, decided };
    });
    const entries: ZipEntry[] = [{ name: '目録.csv', content: toCsv(rows, ZIP_COLUMNS, 'utf-8') }];
    for (const { document, attachments, folder } of rows) {
      if (!folder) continue;
      const facts = decided.get(document.id);
      if (facts) {
        const pdf = await renderDecidedDocument(facts, facts.decidedAt);
        entries.push({ name: `${folder}/決裁文書.pdf`, content: Buffer.from(pdf) });
      }
      for (const a of attachments) {
        entries.push({
          name: `${folder}/添付/第${a.version}版_${safeFileName(a.name, 80)}`,
          content: await this.store.read(a.sha256),
        });
      }
      if (document.dispatchedPdfSha256) {
        entries.push({
          name: `${folder}/施行文書（電子署名付き）.pdf`,
          content: await this.store.read(document.dispatchedPdfSha256),
        });
      }
    }
    return { file, zip: zipArchive(entries, this.clock.now()) };
  }

  private async rows(em: EntityManager, recordFileId: number): Promise<{ file: RecordFile; rows: ExportRow[] }> {
    const file = await em.findOneBy(RecordFile, { id: recordFileId });
    if (!file) throw recordFileNotFound(recordFileId);
    const documents = await em.find(CityDocument, { where: { recordFileId }, order: { id: 'ASC' } });
    const attachments = documents.length
      ? await em.find(Attachment, { where: { documentId: In(documents.map((d) => d.id)) }, order: { id: 'ASC' } })
      : [];
    const rows = documents.map((document) => ({
      document,
      attachments: attachments.filter((a) => a.documentId === document.id),
    }));
    return { file, rows };
  }
}
