import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail, type Principal } from '@ringi/auth';
import { OrganisationService } from '@ringi/hr';
import {
  Clock,
  ConflictError,
  InvalidInputError,
  Transactions,
  fiscalYearOf,
  insertRows,
  selectRows,
  updateRows,
} from '@ringi/platform';
import {
  BusinessLinks,
  StaffAccounts,
  WorkflowEvents,
  type InstanceOutcome,
  type WorkflowInstance,
  type WorkflowTask,
} from '@ringi/workflow';
import { DocumentAccess, documentNotFound } from '../access/document-access';
import { Attachment } from '../attachments/attachment.entity';
import { RecordFile } from '../file-plan/record-file.entity';
import { DocumentNumbering } from '../numbering/document-numbering';
import { SearchIndex } from '../search/search-index';
import { DocumentSettings } from '../settings/document-settings.service';
import { DraftTemplate } from '../templates/template.entity';
import { CityDocument } from './city-document.entity';
import { DECISION_CLASSES, type DecisionClass, type DisclosureClass } from './document-classes';
import { DocumentRoute, DOCUMENT_PROCESS, type PlannedStep, type RouteInput, type RouteStamp } from './document-route';
import { toAttachmentView, type DocumentView, type SubmittedDocumentView } from './document-views';
import { decidedVersionSha256 } from './decided-version';
import { DraftingSections } from './drafting-section';
import { DocumentParticipant } from './participant.entity';

export interface DraftInput {
  title?: string;
  body?: string;
  recordFileId: number;
  disclosure?: DisclosureClass;
  decisionClass?: DecisionClass;
  consultUnits?: string[];
  viewers?: string[];
  templateId?: number;
  answersDocumentId?: number;
  /** 起案して回付: the draft is written and sent on its route in one transaction (a failed send writes nothing). */
  send?: boolean;
}

export interface DraftChanges {
  title?: string;
  body?: string;
  recordFileId?: number;
  disclosure?: DisclosureClass;
  decisionClass?: DecisionClass;
  consultUnits?: string[];
  viewers?: string[];
}

export interface ReceiptInput {
  title: string;
  body?: string;
  sender: string;
  senderNumber?: string;
  receivedOn: string;
  recordFileId: number;
  disclosure: DisclosureClass;
}

const problem = (field: string, message: string) =>
  new InvalidInputError('入力内容に誤りがあります。', [{ field, messages: [message] }]);

/** Business keys of the document-approval cases of documents; disposals use their own prefix. */
export const documentBusinessKey = (id: number) => `document-${id}`;
const documentIdOf = (businessKey: string) => Number(/^document-(\d+)$/.exec(businessKey)?.[1] ?? NaN);

/**
 * Whether the task's assignee joined the route when the task was created. The workflow changes an assignee
 * without telling modules only when an admin reassigns a step (which drops its post) or when 差戻し gives a
 * step back to its earlier assignee; so a post's task still has the assignee it was created with or an earlier
 * one. The drafter joined with the first step.
 */
function joinedOnCreation(instance: WorkflowInstance, task: WorkflowTask): boolean {
  if (task.assigneeUserId === null) return false;
  if (task.assigneeUserId === instance.initiatorUserId) return true;
  return task.assigneeUnitId !== null && task.assigneePositionCode !== null;
}

/**
 * 起案 and 収受: drafting and registering, sending on the route, freezing and numbering on decision, 施行.
 * Every change is one transaction; the workflow's end of a case lands here inside the workflow transaction.
 */
@Injectable()
export class DocumentService implements OnModuleInit {
  constructor(
    private readonly transactions: Transactions,
    private readonly sections: DraftingSections,
    private readonly numbering: DocumentNumbering,
    private readonly route: DocumentRoute,
    private readonly access: DocumentAccess,
    private readonly search: SearchIndex,
    private readonly organisation: OrganisationService,
    private readonly events: WorkflowEvents,
    private readonly links: BusinessLinks,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly settings: DocumentSettings,
    private readonly accounts: StaffAccounts,
  ) {}

  onModuleInit(): void {
    this.events.on('instance.ended', ({ instance, outcome }, em) => this.ended(em, instance, outcome), {
      processKeys: [DOCUMENT_PROCESS],
    });
    this.events.on('task.created', ({ instance, task }, em) => this.joinRoute(em, instance, task), {
      processKeys: [DOCUMENT_PROCESS],
    });
    this.events.on('task.completed', ({ instance, task }, em) => this.joinRoute(em, instance, task, true), {
      processKeys: [DOCUMENT_PROCESS],
    });
    for (const type of DECISION_CLASSES) {
      this.links.register(
        type,
        (key) => {
          if (key.startsWith('disposal-')) return `/staff/documents/disposals/${key.slice(9)}`;
          const id = documentIdOf(key);
          return Number.isSafeInteger(id) ? `/staff/documents/${id}` : null;
        },
        { processKeys: [DOCUMENT_PROCESS] },
      );
    }
  }

  async createDraft(input: DraftInput, principal: Principal): Promise<DocumentView> {
    const { section, template, title, numberingAt } = await this.transactions.read(async (em) => {
      const section = await this.sections.of(principal);
      const template = input.templateId ? await em.findOneBy(DraftTemplate, { id: input.templateId }) : null;
      if (input.templateId && !template) throw problem('templateId', `文例（ID ${input.templateId}）はありません`);
      if (template?.retiredAt) throw problem('templateId', `文例「${template.name}」は廃止されています`);
      const title = input.title ?? template?.title;
      if (!title) throw problem('title', '件名を入力してください');
      await this.ensureFileOfSection(em, input.recordFileId, section.unitId);
      if (input.answersDocumentId) await this.ensureReceived(em, input.answersDocumentId, principal);
      // A draft to be sent at once has its route checked before a number is taken, so a refused send leaves no gap.
      if (input.send) await this.route.plan(em, this.draftRoute(input, template), section, principal);
      return { section, template, title, numberingAt: await this.settings.numberingAt(em) };
    });
    // Numbered once the input is known to be good, before the draft's own transaction (see DocumentNumbering.take).
    const numbered = numberingAt === 'drafting' ? await this.takeNumber(section) : null;
    return this.transactions.run(async (em) => {
      const now = this.clock.now();
      const today = this.organisation.today();
      const document = em.create(CityDocument, {
        kind: 'draft',
        status: 'editing',
        unitId: section.unitId,
        docSymbol: section.docSymbol,
        fiscalYear: numbered?.fiscalYear ?? fiscalYearOf(today),
        sequence: numbered?.sequence ?? null,
        docNumber: numbered?.docNumber ?? null,
        title,
        body: input.body ?? template?.body ?? '',
        recordFileId: input.recordFileId,
        disclosure: input.disclosure ?? template?.disclosure ?? 'public',
        ...this.draftRoute(input, template),
        templateId: template?.id ?? null,
        answersDocumentId: input.answersDocumentId ?? null,
        sender: null,
        senderNumber: null,
        receivedOn: null,
        instanceId: null,
        drafterUserId: principal.userId,
        draftedOn: today,
        createdAt: now,
        updatedAt: now,
        submittedAt: null,
        decidedAt: null,
        decidedSha256: null,
        dispatchedAt: null,
        dispatchMethod: null,
        dispatchNote: null,
        dispatchedPdfSha256: null,
        disposedAt: null,
      });
      await insertRows(em, CityDocument, [document]);
      await this.search.index(em, document, true);
      const created = {
        action: 'documents.draft.created',
        targetType: 'document',
        targetId: document.id,
        detail: { docNumber: document.docNumber, recordFileId: document.recordFileId },
      };
      if (input.send) {
        // Both audit rows are appended together at the commit, under one lock of the chain.
        await this.audit.record(created);
        return this.send(em, document, [], principal);
      }
      // The view is read before the audit record, which holds the audit chain's lock until the commit.
      const view = await this.view(em, document, []);
      await this.audit.record(created);
      return view;
    });
  }

  /** The route fields a new draft will have: those given, else the template's. */
  private draftRoute(input: DraftInput, template: DraftTemplate | null): RouteInput {
    return {
      decisionClass: input.decisionClass ?? template?.decisionClass ?? 'document-routine',
      consultUnits: input.consultUnits ?? [],
      viewers: input.viewers ?? [],
    };
  }

  /** Changes a draft while it is being edited; once sent or decided it is frozen (409). */
  updateDraft(id: number, changes: DraftChanges, principal: Principal): Promise<DocumentView> {
    return this.transactions.run(async (em) => {
      const document = await this.lock(em, id);
      await this.access.ensureDrafter(em, document, principal);
      this.ensureEditable(document);
      if (changes.recordFileId !== undefined) await this.ensureFileOfSection(em, changes.recordFileId, document.unitId);
      Object.assign(document, changes, { updatedAt: this.clock.now() });
      await em.save(CityDocument, document);
      await this.search.index(em, document);
      return this.view(em, document);
    });
  }

  /** The route the draft would take if its drafter sent it now (the route starts from the drafter's post). */
  previewRoute(id: number, principal: Principal): Promise<PlannedStep[]> {
    return this.transactions.run(async (em) => {
      const document = await this.find(em, id);
      await this.access.ensureDrafter(em, document, principal);
      const section = await this.sections.of(principal);
      return this.route.plan(em, this.routeInput(document), section, principal);
    });
  }

  /** The route of a draft not yet written (the drafting screen shows it while the drafter fills in the form). */
  planRoute(input: RouteInput, principal: Principal): Promise<PlannedStep[]> {
    return this.transactions.run(async (em) => {
      const section = await this.sections.of(principal);
      return this.route.plan(em, input, section, principal);
    });
  }

  /** Sends the draft on its route (or a received document on its circulation). */
  submit(id: number, principal: Principal, viewers?: string[]): Promise<SubmittedDocumentView> {
    return this.transactions.run(async (em) => {
      const document = await this.lock(em, id);
      await this.access.ensureDrafter(em, document, principal);
      if (document.status !== 'editing' && document.status !== 'registered') {
        throw new ConflictError('この文書はすでに回付されているか、終了しています。');
      }
      // Read now, under the document's lock (attachments are added under it too): the workflow's start below takes
      // the audit chain's lock, which every writer waits for, so as little as possible follows it.
      const attachments = await this.attachmentsOf(em, id);
      if (viewers) document.viewers = viewers;
      const section = await this.sections.of(principal);
      // Checks 合議 sections and 供覧 viewers and that every post on the route is held, before anything starts.
      await this.route.plan(em, this.routeInput(document), section, principal);
      return this.send(em, document, attachments, principal);
    });
  }

  /** Starts the route of a document whose route was checked, and records it as sent. */
  private async send(
    em: EntityManager,
    document: CityDocument,
    attachments: Attachment[],
    principal: Principal,
  ): Promise<SubmittedDocumentView> {
    const id = document.id;
    const input = this.routeInput(document);
    document.status = 'inRoute';
    document.submittedAt = this.clock.now();
    document.updatedAt = document.submittedAt;
    const started = await this.route.start(documentBusinessKey(id), input, principal);
    document.instanceId = started.instanceId;
    // One write after the start: nothing the start runs (joinRoute on new steps) reads the row.
    await updateRows(
      em,
      CityDocument,
      { id },
      {
        status: document.status,
        submittedAt: document.submittedAt,
        updatedAt: document.updatedAt,
        viewers: document.viewers,
        instanceId: document.instanceId,
      },
    );
    // The view is read before the audit record, which holds the audit chain's lock until the commit.
    const view = { ...(await this.view(em, document, attachments, started.stamps)), openTasks: started.openTasks };
    await this.audit.record({
      action: document.kind === 'draft' ? 'documents.draft.submitted' : 'documents.received.circulated',
      targetType: 'document',
      targetId: id,
      detail: { instanceId: document.instanceId, decisionClass: document.decisionClass },
    });
    return view;
  }

  /** 取下げ: the route is withdrawn and the draft can be edited again. */
  withdraw(id: number, comment: string | null, principal: Principal): Promise<DocumentView> {
    return this.transactions.run(async (em) => {
      const document = await this.lock(em, id);
      await this.access.ensureDrafter(em, document, principal);
      if (document.status !== 'inRoute') throw new ConflictError('回付中の文書ではありません。');
      await this.route.withdraw(document.instanceId!, principal, comment);
      return this.view(em, await this.find(em, id));
    });
  }

  async registerReceived(input: ReceiptInput, principal: Principal): Promise<DocumentView> {
    const section = await this.transactions.read(async (em) => {
      const section = await this.sections.of(principal);
      await this.ensureFileOfSection(em, input.recordFileId, section.unitId);
      return section;
    });
    // A received document is numbered when it is registered (収受番号), whatever the drafting setting.
    const numbered = await this.takeNumber(section);
    return this.transactions.run(async (em) => {
      const now = this.clock.now();
      const today = this.organisation.today();
      const document = em.create(CityDocument, {
        kind: 'received',
        status: 'registered',
        unitId: section.unitId,
        docSymbol: section.docSymbol,
        ...numbered,
        title: input.title,
        body: input.body ?? '',
        recordFileId: input.recordFileId,
        disclosure: input.disclosure,
        decisionClass: 'document-routine',
        consultUnits: [],
        viewers: [],
        templateId: null,
        answersDocumentId: null,
        sender: input.sender,
        senderNumber: input.senderNumber ?? null,
        receivedOn: input.receivedOn,
        instanceId: null,
        drafterUserId: principal.userId,
        draftedOn: today,
        createdAt: now,
        updatedAt: now,
        submittedAt: null,
        decidedAt: null,
        decidedSha256: null,
        dispatchedAt: null,
        dispatchMethod: null,
        dispatchNote: null,
        dispatchedPdfSha256: null,
        disposedAt: null,
      });
      await insertRows(em, CityDocument, [document]);
      await this.search.index(em, document, true);
      // The view is read before the audit record, which holds the audit chain's lock until the commit.
      const view = await this.view(em, document, []);
      await this.audit.record({
        action: 'documents.received.registered',
        targetType: 'document',
        targetId: document.id,
        detail: { docNumber: document.docNumber, sender: input.sender, receivedOn: input.receivedOn },
      });
      return view;
    });
  }

  /** Reads one document; every view, and every refused attempt (which answers 404), is audited. */
  get(id: number, principal: Principal): Promise<DocumentView> {
    return this.readAudited(id, principal, 'documents.document.viewed', (em, document) => this.view(em, document));
  }

  /**
   * Reads a document as `principal` may (非公開 ones only for the section, the route and auditors) and audits the
   * reading under `action`, or the refusal, which answers 404 as if the document did not exist.
   */
  async readAudited<T>(
    id: number,
    principal: Principal,
    action: string,
    read: (em: EntityManager, document: CityDocument) => Promise<T>,
  ): Promise<T> {
    const record = (document: CityDocument, allowed: boolean) =>
      this.audit.record({
        action,
        targetType: 'document',
        targetId: id,
        outcome: allowed ? 'success' : 'denied',
        detail: { disclosure: document.disclosure, docNumber: document.docNumber },
      });
    const outcome = await this.transactions.run(async (em) => {
      const document = await this.find(em, id);
      if (!(await this.access.mayRead(em, document, principal))) return { allowed: false as const, document };
      const value = await read(em, document);
      await record(document, true);
      return { allowed: true as const, value };
    });
    if (outcome.allowed) return outcome.value;
    // Recorded in its own transaction: the refusal itself must not roll the record back.
    await record(outcome.document, false);
    throw documentNotFound(id);
  }

  /**
   * `attachments` and `route`: when the caller already has them (no attachments for a row inserted in this
   * transaction; the stamps of a case it just started).
   */
  async view(
    em: EntityManager,
    document: CityDocument,
    attachments?: Attachment[],
    route?: RouteStamp[],
  ): Promise<DocumentView> {
    attachments ??= await this.attachmentsOf(em, document.id);
    route ??= document.instanceId ? await this.route.stamps(em, document.instanceId, document.decisionClass) : [];
    return {
      ...document,
      editable: document.status === 'editing',
      attachments: attachments.map(toAttachmentView),
      route,
    };
  }

  private attachmentsOf(em: EntityManager, documentId: number): Promise<Attachment[]> {
    return em.find(Attachment, { where: { documentId }, order: { id: 'ASC' } });
  }

  ensureEditable(document: CityDocument): void {
    if (document.status !== 'editing' && document.status !== 'registered') {
      throw new ConflictError(
        document.status === 'decided'
          ? '決裁済みの文書は変更できません（添付ファイルの追加のみできます）。'
          : '回付中・終了した文書は変更できません。',
      );
    }
  }

  async find(em: EntityManager, id: number): Promise<CityDocument> {
    const document = await em.findOneBy(CityDocument, { id });
    if (!document) throw documentNotFound(id);
    return document;
  }

  async lock(em: EntityManager, id: number): Promise<CityDocument> {
    const [document] = await selectRows(em, CityDocument, { id }, { lock: true });
    if (!document) throw documentNotFound(id);
    return document;
  }

  private routeInput(document: CityDocument): RouteInput {
    return { decisionClass: document.decisionClass, consultUnits: document.consultUnits, viewers: document.viewers };
  }

  /** The next number of the section's symbol in this 年度, taken and committed before the document is written. */
  private async takeNumber(section: {
    docSymbol: string;
  }): Promise<{ fiscalYear: number; sequence: number; docNumber: string }> {
    const fiscalYear = fiscalYearOf(this.organisation.today());
    return { fiscalYear, ...(await this.numbering.take(section.docSymbol, fiscalYear)) };
  }

  private async assignNumber(em: EntityManager, document: CityDocument): Promise<void> {
    const fiscalYear = fiscalYearOf(this.organisation.today());
    const assigned = await this.numbering.next(em, document.docSymbol, fiscalYear);
    Object.assign(document, { fiscalYear, ...assigned });
    await em.update(CityDocument, { id: document.id }, { fiscalYear, ...assigned });
  }

  private async ensureFileOfSection(em: EntityManager, recordFileId: number, unitId: number): Promise<void> {
    const [file] = await selectRows(em, RecordFile, { id: recordFileId });
    if (!file) throw problem('recordFileId', `簿冊（ID ${recordFileId}）はありません`);
    if (file.unitId !== unitId) throw problem('recordFileId', '所属課の簿冊を指定してください');
    if (file.status !== 'open') throw problem('recordFileId', '完結した簿冊には文書を綴れません');
  }

  private async ensureReceived(em: EntityManager, id: number, principal: Principal): Promise<void> {
    const received = await em.findOneBy(CityDocument, { id });
    if (!received || received.kind !== 'received' || !(await this.access.mayRead(em, received, principal))) {
      throw problem('answersDocumentId', `収受文書（ID ${id}）はありません`);
    }
  }

  /** Everyone a step is assigned to, and whoever acts on it, may read the document from then on. */
  private async joinRoute(
    em: EntityManager,
    instance: WorkflowInstance,
    task: WorkflowTask,
    completed = false,
  ): Promise<void> {
    const documentId = documentIdOf(instance.businessKey);
    if (Number.isNaN(documentId)) return;
    const userIds = new Set<number>();
    for (const id of [task.assigneeUserId, task.completedByUserId, task.escalatedToUserId]) if (id) userIds.add(id);
    if (task.assigneeUnitId && task.assigneePositionCode) {
      const today = this.organisation.today();
      const holder = await this.organisation.nearestPostHolder(task.assigneeUnitId, task.assigneePositionCode, today);
      const userId = holder ? await this.accounts.activeAccountOf(em, holder.staffId) : null;
      if (userId) userIds.add(userId);
    }
    // Usually the assignee acts on the step, and joined when it was created: then nobody is new.
    if (completed && joinedOnCreation(instance, task)) userIds.delete(task.assigneeUserId!);
    // Only the drafter sends a document on its route, and reads it as its drafter (DocumentAccess).
    userIds.delete(instance.initiatorUserId);
    if (userIds.size === 0) return;
    // One statement for all of them; those already on the route are left as they are.
    await em
      .createQueryBuilder()
      .insert()
      .into(DocumentParticipant)
      .values([...userIds].map((userId) => ({ documentId, userId })))
      .orIgnore()
      .execute();
  }

  /**
   * Decided: the content and attachments freeze, the number is given when the city numbers on decision, and the
   * decided version's sha256 goes into the audit trail. Rejected closes the draft; withdrawn reopens it.
   */
  private async ended(em: EntityManager, instance: WorkflowInstance, outcome: InstanceOutcome): Promise<void> {
    const documentId = documentIdOf(instance.businessKey);
    if (Number.isNaN(documentId)) return;
    const document = await this.lock(em, documentId);
    if (document.instanceId !== instance.id) return;
    if (outcome !== 'completed') {
      const status = outcome === 'rejected' ? 'rejected' : document.kind === 'draft' ? 'editing' : 'registered';
      await em.update(CityDocument, { id: documentId }, { status, instanceId: null, updatedAt: this.clock.now() });
      return;
    }
    if (document.kind === 'received') {
      await em.update(CityDocument, { id: documentId }, { status: 'circulated', updatedAt: this.clock.now() });
      return;
    }
    if (document.sequence === null) {
      await this.assignNumber(em, document);
      await this.search.index(em, document);
    }
    const attachments = await selectRows(em, Attachment, { documentId });
    const decidedAt = this.clock.now();
    const decidedSha256 = decidedVersionSha256(document, attachments);
    await updateRows(
      em,
      CityDocument,
      { id: documentId },
      { status: 'decided', decidedAt, decidedSha256, updatedAt: decidedAt },
    );
    await this.audit.record({
      action: 'documents.draft.decided',
      targetType: 'document',
      targetId: documentId,
      detail: { docNumber: document.docNumber, sha256: decidedSha256, instanceId: instance.id },
    });
  }
}
