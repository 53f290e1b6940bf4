import { Injectable } from '@nestjs/common';
import type { Principal } from '@ringi/auth';
import { ConflictError, NotFoundError } from '@ringi/platform';
import { AttachmentStore } from '../attachments/attachment-store';
import { DocumentService } from '../documents/document.service';
import { renderDecidedDocument } from './decided-document-pdf';
import { DecidedDocumentFactsReader } from './decided-document-facts';

export interface PdfFile {
  fileName: string;
  content: Buffer;
}

/** The decided document as a PDF, and the signed copy that went out; read as the document itself is, audited. */
@Injectable()
export class DocumentPdfService {
  constructor(
    private readonly documents: DocumentService,
    private readonly facts: DecidedDocumentFactsReader,
    private readonly store: AttachmentStore,
  ) {}

  async decided(id: number, principal: Principal): Promise<PdfFile> {
    const facts = await this.documents.readAudited(id, principal, 'documents.document.pdfViewed', (em, document) =>
      this.facts.read(em, document),
    );
    // Dated at the decision, so the same decided document always renders to the same file.
    const content = Buffer.from(await renderDecidedDocument(facts, facts.decidedAt));
    return { fileName: `${facts.docNumber ?? `document-${id}`}.pdf`, content };
  }

  async dispatched(id: number, principal: Principal): Promise<PdfFile> {
    const { sha256, docNumber } = await this.documents.readAudited(
      id,
      principal,
      'documents.dispatched.downloaded',
      async (_em, document) => {
        if (document.status === 'disposed') throw new ConflictError('廃棄された文書の内容は残っていません。');
        if (!document.dispatchedPdfSha256) {
          throw new NotFoundError('この文書には電子署名付きで施行した PDF がありません。');
        }
        return { sha256: document.dispatchedPdfSha256, docNumber: document.docNumber ?? `document-${id}` };
      },
    );
    return { fileName: `${docNumber}（施行・電子署名付き）.pdf`, content: await this.store.read(sha256) };
  }
}
