import { Injectable } from '@nestjs/common';
import { AuditTrail, type Principal } from '@ringi/auth';
import { jstDateOf } from '@ringi/hr';
import { Clock, InvalidInputError, Transactions, UnprocessableError } from '@ringi/platform';
import { ApplicationService, type ApplicationDetail } from '../applications/application.service';
import { PermitApplication } from '../applications/permit-application.entity';
import type { PoliceConsultationResult } from './review-records';
import { lockUnderReview } from './under-review';

/** 道路使用許可協議: the police's answer, recorded before the police step of the review can complete. */
@Injectable()
export class PoliceConsultationService {
  constructor(
    private readonly transactions: Transactions,
    private readonly applications: ApplicationService,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  async record(
    id: number,
    result: Omit<PoliceConsultationResult, 'recordedByUserId'>,
    principal: Principal,
  ): Promise<ApplicationDetail> {
    if (result.consultedOn > jstDateOf(this.clock.now())) {
      throw new InvalidInputError('協議日が未来の日付です。', [
        { field: 'consultedOn', messages: ['協議日は今日以前の日付にしてください'] },
      ]);
    }
    await this.transactions.run(async (em) => {
      const row = await lockUnderReview(em, this.transactions, id);
      if (!row.policeConsultation) {
        throw new UnprocessableError('この申請は警察との協議（道路使用許可）を要しません。');
      }
      const recorded: PoliceConsultationResult = { ...result, recordedByUserId: principal.userId };
      await em.update(PermitApplication, { id }, { policeResult: JSON.stringify(recorded) });
      await this.audit.record({
        action: 'permits.review.police-consulted',
        targetType: 'permit-application',
        targetId: id,
        capacity: 'self',
        detail: { consultedOn: result.consultedOn, result: result.result, reference: result.reference },
      });
    });
    return this.applications.byId(id);
  }
}
