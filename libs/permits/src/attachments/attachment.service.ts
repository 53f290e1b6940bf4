import { Inject, Injectable } from '@nestjs/common';
import type { ContentStore } from '@ringi/platform';
import type { EntityManager } from 'typeorm';
import { AuditTrail, type Principal } from '@ringi/auth';
import {
  Clock,
  ConflictError,
  InvalidInputError,
  NotFoundError,
  RINGI_CONFIG,
  sanitiseUpload,
  uploadFileName,
  Transactions,
  type RingiConfig,
} from '@ringi/platform';
import { PermitApplication } from '../applications/permit-application.entity';
import { ATTACHMENT_KINDS } from '../categories/occupancy-category';
import { PermitAttachment } from './permit-attachment.entity';
import { permitContentStore } from './permit-store';

export interface AttachmentView {
  id: number;
  attachmentKind: string;
  fileName: string;
  mediaType: string;
  size: number;
  treatment: string;
  uploadedAt: Date;
}

export interface AttachmentFile {
  fileName: string;
  mediaType: string;
  content: Buffer;
}

const notFound = () => new NotFoundError('添付ファイルが見つかりません。');

/** Attachments of applications: sanitised on upload, so what clerks on LGWAN open is already harmless. */
@Injectable()
export class AttachmentService {
  private readonly store: ContentStore;

  constructor(
    @Inject(RINGI_CONFIG) config: RingiConfig,
    private readonly transactions: Transactions,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {
    this.store = permitContentStore(config);
  }

  /**
   * Adds a file to an application under review or being corrected: the applicant's own on the portal, or (with
   * `onBehalf`) any, by a clerk scanning the drawings of a paper application at the counter.
   */
  async upload(
    applicationId: number,
    attachmentKind: string,
    file: { originalname: string; buffer: Buffer } | undefined,
    principal: Principal,
    onBehalf = false,
  ): Promise<AttachmentView> {
    if (!(ATTACHMENT_KINDS as readonly string[]).includes(attachmentKind)) {
      throw new InvalidInputError('添付の種類が正しくありません。', [
        { field: 'attachmentKind', messages: [`${ATTACHMENT_KINDS.join('・')} のいずれかを指定してください`] },
      ]);
    }
    if (!file)
      throw new InvalidInputError('ファイルを選んでください。', [
        { field: 'file', messages: ['ファイルを選んでください'] },
      ]);
    const result = sanitiseUpload(file.buffer);
    if (!result.ok) throw new InvalidInputError(result.message, [{ field: 'file', messages: [result.message] }]);
    const sha256 = await this.store.put(result.content);
    return this.transactions.run(async (em) => {
      const application = await em.findOne(PermitApplication, {
        where: { id: applicationId },
        ...this.transactions.lock,
      });
      if (!application || (!onBehalf && application.applicantUserId !== principal.userId)) {
        throw new NotFoundError(`申請（ID ${applicationId}）が見つかりません。`);
      }
      if (application.status !== 'reviewing') throw new ConflictError('審査が終わった申請には添付できません。');
      const row = em.create(PermitAttachment, {
        applicationId,
        attachmentKind,
        fileName: uploadFileName(file.originalname, result.kind),
        mediaType: result.mediaType,
        size: result.content.length,
        sha256,
        treatment: result.treatment,
        uploadedAt: this.clock.now(),
      });
      await em.insert(PermitAttachment, row);
      await this.audit.record({
        action: 'permits.attachment.uploaded',
        targetType: 'permit-application',
        targetId: applicationId,
        capacity: onBehalf ? 'proxy' : 'self',
        detail: { attachmentId: row.id, attachmentKind, sha256, treatment: result.treatment },
      });
      return toView(row);
    });
  }

  list(em: EntityManager, applicationId: number): Promise<AttachmentView[]> {
    return em
      .find(PermitAttachment, { where: { applicationId }, order: { id: 'ASC' } })
      .then((rows) => rows.map(toView));
  }

  /** A file of an application; `ownerUserId` limits it to the applicant's own (null for clerks). */
  async file(applicationId: number, attachmentId: number, ownerUserId: number | null): Promise<AttachmentFile> {
    const row = await this.transactions.run(async (em) => {
      const application = await em.findOneBy(PermitApplication, { id: applicationId });
      if (!application || (ownerUserId !== null && application.applicantUserId !== ownerUserId)) throw notFound();
      return em.findOneBy(PermitAttachment, { id: attachmentId, applicationId });
    });
    if (!row) throw notFound();
    return { fileName: row.fileName, mediaType: row.mediaType, content: await this.store.read(row.sha256) };
  }
}

function toView(row: PermitAttachment): AttachmentView {
  return {
    id: row.id,
    attachmentKind: row.attachmentKind,
    fileName: row.fileName,
    mediaType: row.mediaType,
    size: row.size,
    treatment: row.treatment,
    uploadedAt: row.uploadedAt,
  };
}
