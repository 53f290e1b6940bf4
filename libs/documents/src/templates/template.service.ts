import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { AuditTrail, type Principal } from '@ringi/auth';
import { Clock, Transactions } from '@ringi/platform';
import { DraftingSections } from '../documents/drafting-section';
import type { DecisionClass, DisclosureClass } from '../documents/document-classes';
import { DraftTemplate } from './template.entity';

export interface TemplateInput {
  name: string;
  title: string;
  body: string;
  decisionClass: DecisionClass;
  disclosure: DisclosureClass;
  /** For the drafter's own section only (default), or for every section. */
  shared?: boolean;
}

/** 文例: templates for frequent drafts, for one section or for the whole city. */
@Injectable()
export class TemplateService {
  constructor(
    private readonly transactions: Transactions,
    private readonly sections: DraftingSections,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  create(input: TemplateInput, principal: Principal): Promise<DraftTemplate> {
    return this.transactions.run(async (em) => {
      const { shared, ...fields } = input;
      const unitId = shared ? null : (await this.sections.of(principal)).unitId;
      const template = em.create(DraftTemplate, {
        ...fields,
        unitId,
        createdByUserId: principal.userId,
        createdAt: this.clock.now(),
      });
      await em.insert(DraftTemplate, template);
      await this.audit.record({ action: 'documents.template.created', targetType: 'template', targetId: template.id });
      return template;
    });
  }

  /** The templates a drafter may start from: the city's and their section's. */
  async available(principal: Principal): Promise<DraftTemplate[]> {
    const section = principal.staffId ? await this.sections.of(principal).catch(() => null) : null;
    return this.transactions.run((em) =>
      em.find(DraftTemplate, {
        where: [{ unitId: IsNull() }, ...(section ? [{ unitId: section.unitId }] : [])],
        order: { name: 'ASC' },
      }),
    );
  }
}
