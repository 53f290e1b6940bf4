import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditTrail } from '@ringi/auth';
import { InvalidInputError, Transactions } from '@ringi/platform';
import { ApplicationService, type ApplicationDetail } from '../applications/application.service';
import { PermitApplication } from '../applications/permit-application.entity';
import { PermitConditionTemplate } from './condition-template.entity';
import type { ConditionTemplate, PermitCondition } from './review-records';
import { lockUnderReview } from './under-review';

/** 許可条件: the section's templates, and the conditions a clerk picks and edits for a permit. */
@Injectable()
export class ConditionsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly applications: ApplicationService,
    private readonly audit: AuditTrail,
  ) {}

  /** Active templates; with a category, those for every category and those for it. */
  templates(categoryCode?: string): Promise<ConditionTemplate[]> {
    return this.transactions.run(async (em) => {
      const rows = await em.find(PermitConditionTemplate, { where: { active: true }, order: { id: 'ASC' } });
      return rows
        .map((r) => ({
          code: r.code,
          title: r.title,
          body: r.body,
          categoryCodes: r.categoryCodes ? (JSON.parse(r.categoryCodes) as string[]) : null,
        }))
        .filter((t) => !categoryCode || !t.categoryCodes || t.categoryCodes.includes(categoryCode));
    });
  }

  /** Replaces the permit's conditions; a template named must exist. */
  async set(id: number, conditions: PermitCondition[]): Promise<ApplicationDetail> {
    await this.transactions.run(async (em) => {
      await lockUnderReview(em, this.transactions, id);
      const codes = [...new Set(conditions.flatMap((c) => (c.templateCode ? [c.templateCode] : [])))];
      const known = await em.findBy(PermitConditionTemplate, { code: In(codes), active: true });
      const unknown = codes.filter((code) => !known.some((t) => t.code === code));
      if (unknown.length > 0) {
        throw new InvalidInputError('許可条件のひな形が見つかりません。', [
          { field: 'conditions', messages: unknown.map((code) => `ひな形「${code}」はありません`) },
        ]);
      }
      await em.update(PermitApplication, { id }, { conditions: JSON.stringify(conditions) });
      await this.audit.record({
        action: 'permits.review.conditions-set',
        targetType: 'permit-application',
        targetId: id,
        capacity: 'self',
        detail: { count: conditions.length, templates: codes },
      });
    });
    return this.applications.byId(id);
  }
}
