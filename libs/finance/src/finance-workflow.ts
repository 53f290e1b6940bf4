import { Injectable } from '@nestjs/common';
import type { Principal } from '@ringi/auth';
import { OrganisationService, jstDateOf } from '@ringi/hr';
import { AccessDeniedError, Clock } from '@ringi/platform';
import { InstanceService } from '@ringi/workflow';
import type { BudgetLine } from './budget/budget-line.entity';

export interface FinanceCase {
  definitionKey: string;
  businessKey: string;
  businessType: string;
  amount: number;
}

/** How finance puts its cases on the workflow, and who may spend a section's budget. */
@Injectable()
export class FinanceWorkflow {
  constructor(
    private readonly instances: InstanceService,
    private readonly organisation: OrganisationService,
    private readonly clock: Clock,
  ) {}

  /**
   * Starts the case inside the caller's transaction and passes the drafter's own 起案 step at once: the
   * finance form is the draft. The step stays in the route, so 差戻し returns the case to the drafter.
   */
  async submit(input: FinanceCase, principal: Principal): Promise<number> {
    const { view } = await this.instances.startPassingOwnStep(
      {
        definitionKey: input.definitionKey,
        businessKey: input.businessKey,
        businessType: input.businessType,
        variables: { amount: input.amount },
      },
      principal,
    );
    return view.id;
  }

  /** Only staff posted in the line's section (or a unit under it) spend its budget. */
  async ensureMaySpend(line: BudgetLine, principal: Principal): Promise<void> {
    const posts = principal.staffId
      ? await this.organisation.postsOf(principal.staffId, jstDateOf(this.clock.now()))
      : [];
    for (const post of posts) {
      if (await this.organisation.isWithinSubtree(post.unitId, line.unitId)) return;
    }
    throw new AccessDeniedError('この予算科目は所属する課の予算ではないため、執行できません。');
  }
}
