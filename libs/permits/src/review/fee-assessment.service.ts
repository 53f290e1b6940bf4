import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail, type Principal } from '@ringi/auth';
import { jstDateOf, OrganisationService } from '@ringi/hr';
import { AccessDeniedError, Clock, ConflictError, Transactions, UnprocessableError } from '@ringi/platform';
import { ApplicationService, approvedExemption, type ApplicationDetail } from '../applications/application.service';
import { PermitApplication } from '../applications/permit-application.entity';
import { CategoryService } from '../categories/category.service';
import { FeeTableService } from '../fee-tables/fee-table.service';
import { applicationFee, chargesOccupancyFee } from '../fees/application-fee';
import type { FeeQuote, FeeQuoteInput } from '../fees/occupancy-fee';
import { fromJson, type Exemption } from './review-records';
import { lockUnderReview } from './under-review';

/** The 課長 post, who approves 減免 for the section that handles the category. */
const EXEMPTION_APPROVER_POSITION = 'section-chief';

/**
 * What the clerks change in an application's fee, each audited: the 級地 by hand with the reason, and 減免,
 * which a clerk asks for and the section chief approves before the fee shows it. A re-priced case keeps the
 * fee table it was priced with.
 */
@Injectable()
export class FeeAssessment {
  constructor(
    private readonly transactions: Transactions,
    private readonly applications: ApplicationService,
    private readonly categories: CategoryService,
    private readonly fees: FeeTableService,
    private readonly organisation: OrganisationService,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  /** Sets the 級地 against what the area table gives (e.g. a road on a boundary the table misdraws). */
  async overrideDistrict(id: number, feeDistrict: number, reason: string): Promise<ApplicationDetail> {
    await this.transactions.run(async (em) => {
      const row = await lockUnderReview(em, this.transactions, id);
      const quote = await this.reprice(em, row, feeDistrict, approvedExemption(row));
      await em.update(PermitApplication, { id }, { feeDistrictReason: reason });
      await this.audit.record({
        action: 'permits.application.fee-district-overridden',
        targetType: 'permit-application',
        targetId: id,
        capacity: 'self',
        detail: { from: row.feeDistrict, to: feeDistrict, reason, quotedFeeYen: quote.totalYen },
      });
    });
    return this.applications.byId(id);
  }

  /** 減免 asked for by a clerk: recorded with its reason; the fee stays as it is until it is approved. */
  async requestExemption(id: number, percent: number, reason: string, principal: Principal) {
    await this.transactions.run(async (em) => {
      const row = await lockUnderReview(em, this.transactions, id);
      if (!chargesOccupancyFee(row.kind)) {
        throw new UnprocessableError('廃止の申請には占用料がかからないため、減免はありません。');
      }
      if (fromJson<Exemption>(row.exemption)?.status === 'approved') {
        throw new ConflictError('この申請の減免はすでに承認されています。');
      }
      const exemption: Exemption = {
        percent,
        reason,
        status: 'requested',
        requestedByUserId: principal.userId,
        decidedByUserId: null,
        comment: null,
      };
      await em.update(PermitApplication, { id }, { exemption: JSON.stringify(exemption) });
      await this.audit.record({
        action: 'permits.exemption.requested',
        targetType: 'permit-application',
        targetId: id,
        capacity: 'self',
        detail: { percent, reason },
      });
    });
    return this.applications.byId(id);
  }

  /**
   * The section chief (課長 of the section handling the category) approves or refuses a requested 減免; on
   * approval the fee is priced again with it. Nobody approves their own request.
   */
  async decideExemption(id: number, approve: boolean, comment: string | null, principal: Principal) {
    await this.transactions.run(async (em) => {
      const row = await lockUnderReview(em, this.transactions, id);
      const exemption = fromJson<Exemption>(row.exemption);
      if (exemption?.status !== 'requested') throw new ConflictError('承認を待っている減免はありません。');
      await this.assertApprover(row, exemption, principal);
      const decided: Exemption = {
        ...exemption,
        status: approve ? 'approved' : 'rejected',
        decidedByUserId: principal.userId,
        comment,
      };
      await em.update(PermitApplication, { id }, { exemption: JSON.stringify(decided) });
      const quote = approve
        ? await this.reprice(em, row, row.feeDistrict, { percent: exemption.percent, reason: exemption.reason })
        : null;
      await this.audit.record({
        action: approve ? 'permits.exemption.approved' : 'permits.exemption.rejected',
        targetType: 'permit-application',
        targetId: id,
        capacity: 'self',
        detail: { percent: exemption.percent, comment, quotedFeeYen: quote?.totalYen ?? row.quotedFeeYen },
      });
    });
    return this.applications.byId(id);
  }

  private async assertApprover(row: PermitApplication, exemption: Exemption, principal: Principal): Promise<void> {
    if (exemption.requestedByUserId === principal.userId) {
      throw new AccessDeniedError('減免を申し出た職員は、その減免を承認できません。');
    }
    const category = await this.categories.byCode(row.categoryCode);
    const section = await this.organisation.findUnitByCode(category.sectionUnitCode);
    if (!section) throw new UnprocessableError(`区分「${category.name}」の担当課が組織にありません。`);
    const chief = await this.organisation.nearestPostHolder(
      section.id,
      EXEMPTION_APPROVER_POSITION,
      jstDateOf(this.clock.now()),
    );
    if (!chief || chief.staffId !== principal.staffId) {
      throw new AccessDeniedError(`減免は${section.name}の課長が承認します。`);
    }
  }

  /** Prices the case again with the table it was priced with, and keeps the new breakdown. */
  private async reprice(
    em: EntityManager,
    row: PermitApplication,
    feeDistrict: number,
    exemption: FeeQuoteInput['exemption'],
  ): Promise<FeeQuote> {
    const category = await this.categories.byCode(row.categoryCode);
    const quote = await this.fees
      .quote(
        {
          category: category.feeCategory,
          feeDistrict,
          quantity: row.quantityHundredths / 100,
          from: row.periodFrom,
          to: row.periodTo,
          exemption,
        },
        fromJson<FeeQuote>(row.feeBreakdown)?.tableVersion,
      )
      .then((priced) => applicationFee(row.kind, priced));
    await em.update(
      PermitApplication,
      { id: row.id },
      { feeDistrict, quotedFeeYen: quote.totalYen, feeBreakdown: JSON.stringify(quote) },
    );
    return quote;
  }
}
