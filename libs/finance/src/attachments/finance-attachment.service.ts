import path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail, type Principal } from '@ringi/auth';
import {
  AccessDeniedError,
  Clock,
  ConflictError,
  ContentStore,
  InvalidInputError,
  NotFoundError,
  RINGI_CONFIG,
  sanitiseUpload,
  uploadFileName,
  Transactions,
  type RingiConfig,
} from '@ringi/platform';
import { FinanceAccess, type ReadableCase } from '../access/finance-access';
import { Commitment } from '../commitments/commitment.entity';
import { PaymentOrder } from '../payment-orders/payment-order.entity';
import { FinanceAttachment, type AttachmentOwner } from './finance-attachment.entity';

/** 見積書 and 契約書 come with a commitment, 請求書 with a payment order; either may carry any of them. */
export const FINANCE_ATTACHMENT_KINDS = ['見積書', '契約書', '請求書'] as const;

export interface FinanceAttachmentView {
  id: number;
  attachmentKind: string;
  version: number;
  fileName: string;
  mediaType: string;
  size: number;
  treatment: string;
  addedAfterDecision: boolean;
  createdAt: Date;
}

export interface FinanceAttachmentFile {
  fileName: string;
  mediaType: string;
  content: Buffer;
}

/** What the attachment rules need of the commitment or payment order a file belongs to. */
interface OwnerState {
  drafterUserId: number;
  /** Decided commitment, examined or paid order: files are only added as later versions. */
  decided: boolean;
  /** Rejected or withdrawn: nothing more is added. */
  ended: boolean;
  readable: ReadableCase;
}

const OWNER_LABELS: Record<AttachmentOwner, string> = { commitment: '支出負担行為', 'payment-order': '支出命令' };

const ownerNotFound = (owner: AttachmentOwner, id: number) =>
  new NotFoundError(`${OWNER_LABELS[owner]}（ID ${id}）が見つかりません。`);

/**
 * 見積書・契約書・請求書 of commitments and payment orders: sanitised (無害化) on upload and kept in the content
 * store. Before the decision the drafter adds files freely; after it, only a new version of a kind already
 * attached (marked as added after the decision). No version is ever replaced or removed.
 */
@Injectable()
export class FinanceAttachmentService {
  private readonly store: ContentStore;

  constructor(
    @Inject(RINGI_CONFIG) config: RingiConfig,
    private readonly transactions: Transactions,
    private readonly access: FinanceAccess,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {
    this.store = new ContentStore(path.join(config.dataDir, 'finance'));
  }

  async upload(
    owner: AttachmentOwner,
    ownerId: number,
    attachmentKind: string,
    file: { originalname: string; buffer: Buffer } | undefined,
    principal: Principal,
  ): Promise<FinanceAttachmentView> {
    if (!(FINANCE_ATTACHMENT_KINDS as readonly string[]).includes(attachmentKind)) {
      throw new InvalidInputError('添付の種類が正しくありません。', [
        { field: 'attachmentKind', messages: [`${FINANCE_ATTACHMENT_KINDS.join('・')} のいずれかを指定してください`] },
      ]);
    }
    if (!file) {
      throw new InvalidInputError('ファイルを選んでください。', [
        { field: 'file', messages: ['ファイルを選んでください'] },
      ]);
    }
    const result = sanitiseUpload(file.buffer);
    if (!result.ok) throw new InvalidInputError(result.message, [{ field: 'file', messages: [result.message] }]);
    // Stored first (content-addressed, so a refused upload leaves only an unreferenced file).
    const sha256 = await this.store.put(result.content);
    return this.transactions.run(async (em) => {
      const state = await this.ownerState(em, owner, ownerId, true);
      await this.ensureMayRead(em, owner, ownerId, state, principal);
      if (state.drafterUserId !== principal.userId) {
        throw new AccessDeniedError(`${OWNER_LABELS[owner]}に添付できるのは起票した職員だけです。`);
      }
      if (state.ended) throw new ConflictError(`取下げ・却下された${OWNER_LABELS[owner]}には添付できません。`);
      const previous = await em.findOne(FinanceAttachment, {
        where: { ownerType: owner, ownerId, attachmentKind },
        order: { version: 'DESC' },
      });
      if (state.decided && !previous) {
        throw new ConflictError(
          `決裁後の${OWNER_LABELS[owner]}には新しい種類の添付はできません。すでにある添付の新しい版としてだけ追加できます。`,
        );
      }
      const row = em.create(FinanceAttachment, {
        ownerType: owner,
        ownerId,
        attachmentKind,
        version: (previous?.version ?? 0) + 1,
        fileName: uploadFileName(file.originalname, result.kind),
        mediaType: result.mediaType,
        size: result.content.length,
        sha256,
        treatment: result.treatment,
        addedAfterDecision: state.decided,
        addedByUserId: principal.userId,
        createdAt: this.clock.now(),
      });
      await em.insert(FinanceAttachment, row);
      await this.audit.record({
        action: state.decided ? 'finance.attachment.addedAfterDecision' : 'finance.attachment.added',
        targetType: owner,
        targetId: ownerId,
        detail: { attachmentId: row.id, attachmentKind, version: row.version, sha256, treatment: result.treatment },
      });
      return toView(row);
    });
  }

  list(owner: AttachmentOwner, ownerId: number, principal: Principal): Promise<FinanceAttachmentView[]> {
    return this.transactions.run(async (em) => {
      await this.ensureMayRead(em, owner, ownerId, await this.ownerState(em, owner, ownerId, false), principal);
      return this.listIn(em, owner, ownerId);
    });
  }

  /** The attachments of a case the caller has already been allowed to read. */
  async listIn(em: EntityManager, owner: AttachmentOwner, ownerId: number): Promise<FinanceAttachmentView[]> {
    const rows = await em.find(FinanceAttachment, {
      where: { ownerType: owner, ownerId },
      order: { attachmentKind: 'ASC', version: 'ASC' },
    });
    return rows.map(toView);
  }

  async file(
    owner: AttachmentOwner,
    ownerId: number,
    attachmentId: number,
    principal: Principal,
  ): Promise<FinanceAttachmentFile> {
    const row = await this.transactions.run(async (em) => {
      await this.ensureMayRead(em, owner, ownerId, await this.ownerState(em, owner, ownerId, false), principal);
      return em.findOneBy(FinanceAttachment, { id: attachmentId, ownerType: owner, ownerId });
    });
    if (!row) throw new NotFoundError(`添付ファイル（ID ${attachmentId}）が見つかりません。`);
    return { fileName: row.fileName, mediaType: row.mediaType, content: await this.store.read(row.sha256) };
  }

  private async ensureMayRead(
    em: EntityManager,
    owner: AttachmentOwner,
    ownerId: number,
    state: OwnerState,
    principal: Principal,
  ): Promise<void> {
    if (!this.access.mayRead(await this.access.scopeOf(em, principal), state.readable)) {
      throw ownerNotFound(owner, ownerId);
    }
  }

  /** The owner's row, locked when a file is added so two uploads of one kind take versions one after another. */
  private async ownerState(em: EntityManager, owner: AttachmentOwner, id: number, lock: boolean): Promise<OwnerState> {
    const lockOption = lock ? this.transactions.lock : {};
    if (owner === 'commitment') {
      const commitment = await em.findOne(Commitment, { where: { id }, ...lockOption });
      if (!commitment) throw ownerNotFound(owner, id);
      return {
        drafterUserId: commitment.drafterUserId,
        decided: commitment.status === 'decided',
        ended: commitment.status === 'rejected' || commitment.status === 'withdrawn',
        readable: await this.access.commitmentCase(em, commitment),
      };
    }
    const order = await em.findOne(PaymentOrder, { where: { id }, ...lockOption });
    if (!order) throw ownerNotFound(owner, id);
    const commitment = await em.findOneByOrFail(Commitment, { id: order.commitmentId });
    return {
      drafterUserId: order.createdByUserId,
      decided: order.status === 'approved' || order.status === 'paid',
      ended: order.status === 'rejected' || order.status === 'withdrawn',
      readable: await this.access.orderCase(em, order, commitment),
    };
  }
}

function toView(row: FinanceAttachment): FinanceAttachmentView {
  return {
    id: row.id,
    attachmentKind: row.attachmentKind,
    version: row.version,
    fileName: row.fileName,
    mediaType: row.mediaType,
    size: row.size,
    treatment: row.treatment,
    addedAfterDecision: row.addedAfterDecision,
    createdAt: row.createdAt,
  };
}
