import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail, type Principal } from '@ringi/auth';
import {
  Clock,
  ConflictError,
  RINGI_CONFIG,
  TimestampError,
  Transactions,
  UnavailableError,
  signPdf,
  type RingiConfig,
} from '@ringi/platform';
import { DocumentAccess } from '../access/document-access';
import { AttachmentStore } from '../attachments/attachment-store';
import { CityDocument } from '../documents/city-document.entity';
import { DISPATCH_METHOD_LABELS, type DispatchMethod } from '../documents/document-classes';
import { DocumentService } from '../documents/document.service';
import type { DocumentView } from '../documents/document-views';
import { renderDecidedDocument } from '../pdf/decided-document-pdf';
import { CityCertificate } from '../pdf/city-certificate';
import { DecidedDocumentFactsReader } from '../pdf/decided-document-facts';

/**
 * 施行: records how a decided document went out. Electronically it goes out as the decided PDF signed with the
 * city's key (PAdES), kept in the content store so the very file sent can be downloaded and verified again.
 */
@Injectable()
export class DocumentDispatch {
  private readonly log = new Logger(DocumentDispatch.name);

  constructor(
    private readonly transactions: Transactions,
    private readonly documents: DocumentService,
    private readonly access: DocumentAccess,
    private readonly facts: DecidedDocumentFactsReader,
    private readonly store: AttachmentStore,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly city: CityCertificate,
    @Inject(RINGI_CONFIG) private readonly config: RingiConfig,
  ) {}

  async dispatch(id: number, method: DispatchMethod, note: string | null, principal: Principal): Promise<DocumentView> {
    const at = this.clock.now();
    // Rendered and signed before the row is locked (the decided content is frozen); the lock then re-checks.
    const signedPdfSha256 = method === 'electronic' ? await this.signedCopy(id, at, principal) : null;
    return this.transactions.run(async (em) => {
      const document = await this.documents.lock(em, id);
      await this.ensureDispatchable(document, principal, em);
      const changes = {
        dispatchedAt: at,
        dispatchMethod: method,
        dispatchNote: note,
        dispatchedPdfSha256: signedPdfSha256,
      };
      await em.update(CityDocument, { id }, changes);
      const view = await this.documents.view(em, { ...document, ...changes });
      await this.audit.record({
        action: 'documents.draft.dispatched',
        targetType: 'document',
        targetId: id,
        detail: {
          method,
          note,
          decidedSha256: document.decidedSha256,
          ...(signedPdfSha256
            ? { signedPdfSha256, signer: this.city.certificate.subject, demoCertificate: this.city.demo }
            : {}),
        },
      });
      return view;
    });
  }

  private async signedCopy(id: number, at: Date, principal: Principal): Promise<string> {
    const facts = await this.transactions.run(async (em) => {
      const document = await this.documents.find(em, id);
      await this.ensureDispatchable(document, principal, em);
      return this.facts.read(em, document);
    });
    const pdf = await renderDecidedDocument(
      { ...facts, dispatch: { at, method: DISPATCH_METHOD_LABELS.electronic } },
      at,
    );
    if (this.city.demo) {
      this.log.warn(
        '施行文書をデモ用の証明書で署名しました（RINGI_SIGNING_P12_FILE などで本市の証明書を設定してください）',
      );
    }
    return this.store.put(await this.sign(pdf, `施行 ${facts.docNumber ?? ''}`.trim(), at));
  }

  /** A timestamp authority that fails leaves the document undispatched, with an answer saying why (503). */
  private async sign(pdf: Uint8Array, reason: string, at: Date): Promise<Buffer> {
    const details = { reason, name: this.city.certificate.subject, location: '', contactInfo: '', signingTime: at };
    try {
      return await signPdf(pdf, this.city.identity, details, { tsaUrl: this.config.tsaUrl });
    } catch (error) {
      if (!(error instanceof TimestampError)) throw error;
      this.log.error(`施行文書のタイムスタンプを取得できません: ${error.message}`);
      throw new UnavailableError(
        '時刻認証局からタイムスタンプを取得できないため、施行文書に署名できませんでした。しばらくしてからやり直してください。',
      );
    }
  }

  private async ensureDispatchable(document: CityDocument, principal: Principal, em: EntityManager): Promise<void> {
    await this.access.ensureDrafter(em, document, principal);
    if (document.status !== 'decided') throw new ConflictError('施行できるのは決裁済みの起案文書だけです。');
    if (document.dispatchedAt) throw new ConflictError('この文書はすでに施行されています。');
  }
}
