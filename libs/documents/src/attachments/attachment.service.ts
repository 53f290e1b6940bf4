import { Injectable } from '@nestjs/common';
import type { Principal } from '@ringi/auth';
import { AuditTrail } from '@ringi/auth';
import { Clock, ConflictError, InvalidInputError, NotFoundError, Transactions, extractPdfText } from '@ringi/platform';
import { DocumentAccess } from '../access/document-access';
import { DocumentService } from '../documents/document.service';
import { toAttachmentView, type AttachmentView } from '../documents/document-views';
import { Attachment } from './attachment.entity';
import { SearchIndex } from '../search/search-index';
import { AttachmentStore } from './attachment-store';
import { checkDocumentAttachment } from './document-upload';

export interface NewAttachment {
  name: string;
  /** What the uploader says it is; only informative, the stored type is what the content is. */
  mediaType: string;
  content: Buffer;
}

/**
 * Attachments: while a draft is edited each upload adds a version; once decided, attachments can still be
 * added (a new name or a new version, marked as added after the decision) but never replaced or removed.
 */
@Injectable()
export class AttachmentService {
  constructor(
    private readonly transactions: Transactions,
    private readonly documents: DocumentService,
    private readonly access: DocumentAccess,
    private readonly store: AttachmentStore,
    private readonly search: SearchIndex,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  async add(documentId: number, upload: NewAttachment, principal: Principal): Promise<AttachmentView> {
    // 無害化 before anything is stored: type by content, active content refused, images re-encoded.
    const checked = checkDocumentAttachment(upload.name, upload.content);
    if (!checked.ok) {
      throw new InvalidInputError(checked.message, [{ field: 'contentBase64', messages: [checked.message] }]);
    }
    const input = { name: checked.name, mediaType: checked.mediaType, content: checked.content };
    // Stored first (content-addressed, so a rolled-back upload leaves only an unreferenced file).
    const sha256 = await this.store.put(input.content);
    // A scan without a text layer gives ''.
    const text = checked.kind === 'pdf' ? await extractPdfText(input.content) : null;
    return this.transactions.run(async (em) => {
      const document = await this.documents.lock(em, documentId);
      await this.access.ensureDrafter(em, document, principal);
      const afterDecision = document.status === 'decided';
      if (!afterDecision) this.documents.ensureEditable(document);
      const previous = await em.findOne(Attachment, {
        where: { documentId, name: input.name },
        order: { version: 'DESC' },
      });
      const attachment = em.create(Attachment, {
        documentId,
        name: input.name,
        version: (previous?.version ?? 0) + 1,
        mediaType: input.mediaType,
        size: input.content.length,
        sha256,
        text: text || null,
        addedAfterDecision: afterDecision,
        addedByUserId: principal.userId,
        createdAt: this.clock.now(),
      });
      await em.insert(Attachment, attachment);
      if (attachment.text) await this.search.index(em, document);
      await this.audit.record({
        action: afterDecision ? 'documents.attachment.addedAfterDecision' : 'documents.attachment.added',
        targetType: 'document',
        targetId: documentId,
        detail: { name: input.name, version: attachment.version, sha256 },
      });
      return toAttachmentView(attachment);
    });
  }

  async content(documentId: number, attachmentId: number, principal: Principal) {
    const attachment = await this.transactions.run(async (em) => {
      const document = await this.documents.find(em, documentId);
      await this.access.ensureMayRead(em, document, principal);
      if (document.status === 'disposed') throw new ConflictError('廃棄された文書の内容は残っていません。');
      const found = await em.findOneBy(Attachment, { id: attachmentId, documentId });
      if (!found) throw new NotFoundError(`添付ファイル（ID ${attachmentId}）が見つかりません。`);
      await this.audit.record({
        action: 'documents.attachment.downloaded',
        targetType: 'document',
        targetId: documentId,
        detail: { attachmentId, name: found.name, version: found.version },
      });
      return found;
    });
    return { attachment, content: await this.store.read(attachment.sha256) };
  }
}
