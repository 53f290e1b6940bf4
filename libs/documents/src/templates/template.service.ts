import { Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { AuditTrail, type Principal } from '@ringi/auth';
import { AccessDeniedError, Clock, ConflictError, NotFoundError, Transactions } from '@ringi/platform';
import { DraftingSections } from '../documents/drafting-section';
import type { DecisionClass, DisclosureClass } from '../documents/document-classes';
import { DraftTemplate } from './template.entity';

export interface TemplateInput {
  name: string;
  title: string;
  body: string;
  decisionClass: DecisionClass;
  disclosure: DisclosureClass;
  /** For the drafter's own section only (default), or for every section (全庁共通: records section only). */
  shared?: boolean;
}

export interface TemplateView extends DraftTemplate {
  /** Whether the caller may edit and retire it: their own section's, or any for the records section. */
  maintainable: boolean;
}

/**
 * 文例: templates for frequent drafts, for one section or for the whole city. Anyone who drafts (`documents.use`)
 * maintains their section's templates; city-wide ones are the records section's (`documents.records`). Retired
 * (廃止) templates stay for the drafts made from them but are no longer offered.
 */
@Injectable()
export class TemplateService {
  constructor(
    private readonly transactions: Transactions,
    private readonly sections: DraftingSections,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  create(input: TemplateInput, principal: Principal): Promise<TemplateView> {
    return this.transactions.run(async (em) => {
      const { shared, ...fields } = input;
      if (shared) this.ensureRecords(principal);
      const unitId = shared ? null : (await this.sections.of(principal)).unitId;
      const template = em.create(DraftTemplate, {
        ...fields,
        unitId,
        createdByUserId: principal.userId,
        createdAt: this.clock.now(),
        updatedAt: null,
        retiredAt: null,
      });
      await em.insert(DraftTemplate, template);
      await this.audit.record({ action: 'documents.template.created', targetType: 'template', targetId: template.id });
      return { ...template, maintainable: true };
    });
  }

  update(id: number, input: TemplateInput, principal: Principal): Promise<TemplateView> {
    return this.transactions.run(async (em) => {
      const template = await this.maintainable(em, id, principal);
      if (template.retiredAt) throw new ConflictError('廃止された文例は変更できません。');
      const { shared, ...fields } = input;
      if (shared !== undefined && shared !== (template.unitId === null)) {
        this.ensureRecords(principal);
        template.unitId = shared ? null : (await this.sections.of(principal)).unitId;
      }
      Object.assign(template, fields, { updatedAt: this.clock.now() });
      await em.save(DraftTemplate, template);
      await this.audit.record({ action: 'documents.template.updated', targetType: 'template', targetId: id });
      return { ...template, maintainable: true };
    });
  }

  retire(id: number, principal: Principal): Promise<TemplateView> {
    return this.transactions.run(async (em) => {
      const template = await this.maintainable(em, id, principal);
      if (template.retiredAt) throw new ConflictError('この文例はすでに廃止されています。');
      template.retiredAt = this.clock.now();
      await em.update(DraftTemplate, { id }, { retiredAt: template.retiredAt });
      await this.audit.record({ action: 'documents.template.retired', targetType: 'template', targetId: id });
      return { ...template, maintainable: true };
    });
  }

  /**
   * The templates a drafter may start from: the city's and their section's, not retired; with `includeRetired`,
   * retired ones too (the maintenance screen).
   */
  async available(principal: Principal, options: { includeRetired?: boolean } = {}): Promise<TemplateView[]> {
    const section = principal.staffId ? await this.sections.of(principal).catch(() => null) : null;
    const retired = options.includeRetired ? {} : { retiredAt: IsNull() };
    const found = await this.transactions.run((em) =>
      em.find(DraftTemplate, {
        where: [{ unitId: IsNull(), ...retired }, ...(section ? [{ unitId: section.unitId, ...retired }] : [])],
        order: { name: 'ASC', id: 'ASC' },
      }),
    );
    const records = principal.permissions.has('documents.records');
    return found.map((t) => ({ ...t, maintainable: records || (t.unitId !== null && t.unitId === section?.unitId) }));
  }

  private async maintainable(em: EntityManager, id: number, principal: Principal): Promise<DraftTemplate> {
    const template = await em.findOne(DraftTemplate, { where: { id }, ...this.transactions.lock });
    if (!template) throw new NotFoundError(`文例（ID ${id}）はありません。`);
    if (principal.permissions.has('documents.records')) return template;
    const section = await this.sections.of(principal).catch(() => null);
    if (template.unitId === null || template.unitId !== section?.unitId) {
      throw new AccessDeniedError('この文例を変更できるのは、その課の職員と文書主管課だけです。');
    }
    return template;
  }

  private ensureRecords(principal: Principal): void {
    if (!principal.permissions.has('documents.records')) {
      throw new AccessDeniedError('全庁共通の文例を作成・変更できるのは文書主管課だけです。');
    }
  }
}
