import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditTrail } from '@ringi/auth';
import { Transactions, toCsv, type CsvColumn, type CsvEncoding } from '@ringi/platform';
import { Attachment } from '../attachments/attachment.entity';
import { CityDocument } from '../documents/city-document.entity';
import { DISCLOSURE_LABELS } from '../documents/document-classes';
import { recordFileNotFound } from './file-plan.service';
import { RecordFile } from './record-file.entity';

interface ExportRow {
  document: CityDocument;
  attachments: Attachment[];
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

/** The metadata of a record file's documents as CSV, for information-disclosure requests (情報公開). */
@Injectable()
export class RecordFileExport {
  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditTrail,
  ) {}

  csv(recordFileId: number, encoding: CsvEncoding): Promise<{ file: RecordFile; csv: Buffer }> {
    return this.transactions.run(async (em) => {
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
      await this.audit.record({
        action: 'documents.recordFile.exported',
        targetType: 'recordFile',
        targetId: recordFileId,
        detail: { documents: documents.length, encoding },
      });
      return { file, csv: toCsv(rows, COLUMNS, encoding) };
    });
  }
}
