import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In, IsNull, Not, type EntityManager } from 'typeorm';
import { AuditTrail, type Principal } from '@ringi/auth';
import { OrganisationService } from '@ringi/hr';
import { Clock, ConflictError, NotFoundError, Transactions, UnprocessableError } from '@ringi/platform';
import { WorkflowEvents, type InstanceOutcome, type WorkflowInstance } from '@ringi/workflow';
import { Attachment } from '../attachments/attachment.entity';
import { AttachmentStore } from '../attachments/attachment-store';
import { CityDocument } from '../documents/city-document.entity';
import { DocumentRoute, DOCUMENT_PROCESS } from '../documents/document-route';
import { RecordFile } from '../file-plan/record-file.entity';
import { recordFileNotFound } from '../file-plan/file-plan.service';
import { retentionEnded } from '../records/retention';
import { SearchIndex } from '../search/search-index';
import { Disposal } from './disposal.entity';

/** Disposal and transfer are decided by the 課長 (課長専決), on the document route. */
const DISPOSAL_DECISION = 'document-routine';
const disposalKey = (id: number) => `disposal-${id}`;
const disposalIdOf = (businessKey: string) => Number(/^disposal-(\d+)$/.exec(businessKey)?.[1] ?? NaN);

/**
 * 廃棄・移管 of a record file whose retention ended. It needs its own approval: a 課長 decision on the
 * document-approval route. Once approved, a disposed file's documents keep their metadata as a tombstone (number,
 * title, dates, who approved the disposal) and lose their body and search text in the approving transaction; the
 * attachment bytes (files outside the database) are removed after it committed, by `removeContent`, which every
 * read of a disposal and every retention run calls and which is safe to repeat. A transferred file is marked as
 * handed to the archives.
 */
@Injectable()
export class DisposalService implements OnModuleInit {
  constructor(
    private readonly transactions: Transactions,
    private readonly route: DocumentRoute,
    private readonly organisation: OrganisationService,
    private readonly search: SearchIndex,
    private readonly store: AttachmentStore,
    private readonly events: WorkflowEvents,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.events.on('instance.ended', ({ instance, outcome }, em) => this.ended(em, instance, outcome), {
      processKeys: [DOCUMENT_PROCESS],
    });
  }

  request(recordFileId: number, reason: string, principal: Principal): Promise<Disposal> {
    return this.transactions.run(async (em) => {
      const file = await em.findOne(RecordFile, { where: { id: recordFileId }, ...this.transactions.lock });
      if (!file) throw recordFileNotFound(recordFileId);
      if (file.status !== 'completed' || file.disposalId !== null) {
        throw new ConflictError('この簿冊は廃棄・移管の手続き中か、完結していないか、すでに処理済みです。');
      }
      const ended =
        file.retentionEndsOn !== null &&
        retentionEnded({ from: '', to: file.retentionEndsOn }, this.organisation.today());
      if (!ended)
        throw new UnprocessableError('保存期間が満了していない簿冊（永年保存を含む）は廃棄・移管できません。');
      const disposal = em.create(Disposal, {
        recordFileId,
        action: file.endAction,
        status: 'requested',
        reason,
        instanceId: null,
        requestedByUserId: principal.userId,
        decidedBy: null,
        createdAt: this.clock.now(),
        decidedAt: null,
        executedAt: null,
        contentRemovedAt: null,
      });
      await em.insert(Disposal, disposal);
      await em.update(RecordFile, { id: recordFileId }, { disposalId: disposal.id });
      const started = await this.route.start(
        disposalKey(disposal.id),
        { decisionClass: DISPOSAL_DECISION, consultUnits: [], viewers: [] },
        principal,
      );
      disposal.instanceId = started.instanceId;
      await em.update(Disposal, { id: disposal.id }, { instanceId: disposal.instanceId });
      await this.audit.record({
        action: `documents.${disposal.action === 'dispose' ? 'disposal' : 'transfer'}.requested`,
        targetType: 'recordFile',
        targetId: recordFileId,
        detail: { disposalId: disposal.id, instanceId: disposal.instanceId, reason },
      });
      return disposal;
    });
  }

  async get(id: number): Promise<Disposal & { route: Awaited<ReturnType<DocumentRoute['stamps']>> }> {
    await this.removeContent();
    return this.transactions.run(async (em) => {
      const disposal = await em.findOneBy(Disposal, { id });
      if (!disposal) throw new NotFoundError(`廃棄・移管（ID ${id}）が見つかりません。`);
      return {
        ...disposal,
        route: disposal.instanceId ? await this.route.stamps(em, disposal.instanceId, DISPOSAL_DECISION) : [],
      };
    });
  }

  private async ended(em: EntityManager, instance: WorkflowInstance, outcome: InstanceOutcome): Promise<void> {
    const id = disposalIdOf(instance.businessKey);
    if (Number.isNaN(id)) return;
    const disposal = await em.findOne(Disposal, { where: { id }, ...this.transactions.lock });
    if (!disposal || disposal.instanceId !== instance.id) return;
    const now = this.clock.now();
    if (outcome !== 'completed') {
      await em.update(Disposal, { id }, { status: 'refused', decidedAt: now });
      await em.update(RecordFile, { id: disposal.recordFileId }, { disposalId: null });
      return;
    }
    const decidedBy = await this.deciderOf(em, instance.id);
    const executed = disposal.action === 'dispose' ? await this.dispose(em, disposal.recordFileId, now) : 0;
    await em.update(Disposal, { id }, { status: 'executed', decidedBy, decidedAt: now, executedAt: now });
    await em.update(
      RecordFile,
      { id: disposal.recordFileId },
      { status: disposal.action === 'dispose' ? 'disposed' : 'transferred' },
    );
    await this.audit.record({
      action: `documents.${disposal.action === 'dispose' ? 'disposal' : 'transfer'}.executed`,
      targetType: 'recordFile',
      targetId: disposal.recordFileId,
      detail: { disposalId: id, decidedBy, documents: executed },
    });
  }

  /** Removes the content of every document of the file, keeping its metadata; answers how many. */
  private async dispose(em: EntityManager, recordFileId: number, now: Date): Promise<number> {
    const ids = (await em.find(CityDocument, { select: { id: true }, where: { recordFileId } })).map((d) => d.id);
    if (ids.length === 0) return 0;
    await em.update(CityDocument, { id: In(ids) }, { status: 'disposed', body: '', disposedAt: now });
    await em.update(Attachment, { documentId: In(ids) }, { text: null });
    for (const id of ids) await this.search.remove(em, id);
    return ids.length;
  }

  /**
   * Removes the stored bytes of the attachments and signed 施行 copies of executed disposals. Bytes are shared by content address, so
   * those another live document still refers to stay.
   */
  async removeContent(): Promise<void> {
    const pending = await this.transactions.run((em) =>
      em.findBy(Disposal, { status: 'executed', action: 'dispose', contentRemovedAt: IsNull() }),
    );
    for (const disposal of pending) {
      const hashes = await this.transactions.run(async (em) => {
        const attachments = await em
          .createQueryBuilder(Attachment, 'a')
          .innerJoin(CityDocument, 'd', 'd.id = a.documentId')
          .where('d.recordFileId = :id', { id: disposal.recordFileId })
          .getMany();
        const orphans: string[] = [];
        for (const sha256 of new Set(attachments.map((a) => a.sha256))) {
          const live = await em
            .createQueryBuilder(Attachment, 'a')
            .innerJoin(CityDocument, 'd', 'd.id = a.documentId')
            .where('a.sha256 = :sha256', { sha256 })
            .andWhere("d.status <> 'disposed'")
            .getExists();
          if (!live) orphans.push(sha256);
        }
        // The signed copies sent on 施行 belong to their document alone.
        const dispatched = await em.find(CityDocument, {
          select: { dispatchedPdfSha256: true },
          where: { recordFileId: disposal.recordFileId, dispatchedPdfSha256: Not(IsNull()) },
        });
        return [...orphans, ...dispatched.map((d) => d.dispatchedPdfSha256!)];
      });
      for (const sha256 of hashes) await this.store.remove(sha256);
      await this.transactions.run((em) =>
        em.update(Disposal, { id: disposal.id }, { contentRemovedAt: this.clock.now() }),
      );
    }
  }

  private async deciderOf(em: EntityManager, instanceId: number): Promise<string | null> {
    const stamps = await this.route.stamps(em, instanceId, DISPOSAL_DECISION);
    const decision = stamps.find((s) => s.stepKind === 'decide' && s.status === 'completed');
    if (!decision) return null;
    const capacity = decision.capacity && decision.capacity !== 'self' ? `・${decision.capacity}` : '';
    return `${decision.assigneeLabel} ${decision.actorName ?? ''}${capacity}`.trim();
  }
}
