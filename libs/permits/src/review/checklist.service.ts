import { Injectable } from '@nestjs/common';
import { AuditTrail, type Principal } from '@ringi/auth';
import { Clock, InvalidInputError, Transactions } from '@ringi/platform';
import { ApplicationService, type ApplicationDetail } from '../applications/application.service';
import { PermitApplication } from '../applications/permit-application.entity';
import { CategoryService } from '../categories/category.service';
import type { ChecklistMarks } from './checklist';
import { fromJson } from './review-records';
import { lockUnderReview } from './under-review';

/** The clerk's ticks on the category's review checklist (審査チェックリスト), each one audited. */
@Injectable()
export class ChecklistService {
  constructor(
    private readonly transactions: Transactions,
    private readonly applications: ApplicationService,
    private readonly categories: CategoryService,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  async mark(
    id: number,
    itemKey: string,
    checked: boolean,
    note: string | null,
    principal: Principal,
  ): Promise<ApplicationDetail> {
    await this.transactions.run(async (em) => {
      const row = await lockUnderReview(em, this.transactions, id);
      const category = await this.categories.byCode(row.categoryCode);
      const item = category.checklist?.find((i) => i.key === itemKey);
      if (!item) {
        throw new InvalidInputError('チェック項目が正しくありません。', [
          { field: 'itemKey', messages: [`「${category.name}」のチェックリストに「${itemKey}」はありません`] },
        ]);
      }
      const marks = fromJson<ChecklistMarks>(row.checklist) ?? {};
      marks[itemKey] = { checked, note, byUserId: principal.userId, at: this.clock.now().toISOString() };
      await em.update(PermitApplication, { id }, { checklist: JSON.stringify(marks) });
      await this.audit.record({
        action: 'permits.review.checklist-marked',
        targetType: 'permit-application',
        targetId: id,
        capacity: 'self',
        detail: { itemKey, label: item.label, checked, note },
      });
    });
    return this.applications.byId(id);
  }
}
