import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail, type Principal } from '@ringi/auth';
import { OrganisationService, jstDateOf } from '@ringi/hr';
import {
  Clock,
  ConflictError,
  InvalidInputError,
  NotFoundError,
  Transactions,
  UnprocessableError,
  type FieldProblem,
} from '@ringi/platform';
import { InstanceService } from '@ringi/workflow';
import { categoryFieldProblems, type OccupancyCategory } from '../categories/occupancy-category';
import { AttachmentService, type AttachmentView } from '../attachments/attachment.service';
import { BillingService, type BillView } from '../billing/billing.service';
import { CategoryService } from '../categories/category.service';
import { FeeAreaService } from '../fee-areas/fee-area.service';
import { FeeTableService } from '../fee-tables/fee-table.service';
import { applicationFee } from '../fees/application-fee';
import type { FeeQuote, FeeQuoteInput } from '../fees/occupancy-fee';
import { checklistOf, type ChecklistEntry, type ChecklistMarks } from '../review/checklist';
import {
  fromJson,
  type CounterApplicant,
  type Exemption,
  type PermitCondition,
  type PoliceConsultationResult,
} from '../review/review-records';
import { occupancyPeriodProblem } from '../fees/occupancy-period';
import { geometryProblem, type PlaceGeometry } from './geometry';
import { citationProblems } from './cited-permit';
import { CitedPermits, refuseSecondCitation, type CitedPermitView } from './cited-permits.service';
import type { ApplicationStage } from './application-stage';
import {
  PermitApplication,
  type ApplicationKind,
  type ApplicationStatus,
  type PermitEndReason,
} from './permit-application.entity';
import { PermitTimeline, type TimelineView } from './permit-timeline';

export const PERMIT_PROCESS_KEY = 'road-occupancy-permit';
export const PERMIT_BUSINESS_TYPE = 'road-occupancy';

export interface ApplicationInput {
  kind: ApplicationKind;
  categoryCode: string;
  fields: Record<string, unknown>;
  address: string;
  roadName: string;
  geometry: unknown;
  quantity: number;
  periodFrom: string;
  periodTo: string;
  policeConsultation: boolean;
  /** 更新・変更・廃止・承継: the permit in force, by its number (e.g. 港道占第12号). */
  citedPermitNumber?: string;
  /** 承継: the current holder as the cited permit names them. */
  currentHolderName?: string;
}

export interface ApplicationView {
  id: number;
  kind: ApplicationKind;
  categoryCode: string;
  fields: Record<string, unknown>;
  address: string;
  roadName: string;
  geometry: unknown;
  feeDistrict: number;
  /** Why a clerk set the 級地 by hand; null when it follows from the place. */
  feeDistrictReason: string | null;
  quantity: number;
  periodFrom: string;
  periodTo: string;
  policeConsultation: boolean;
  quotedFeeYen: number;
  /** The fee as quoted per fiscal year, kept with the case (null only for cases older than the breakdown). */
  feeBreakdown: FeeQuote | null;
  status: ApplicationStatus;
  stage: ApplicationStage;
  holderName: string | null;
  /** The applicant as recorded at the counter; null for applications made on the portal. */
  applicant: CounterApplicant | null;
  enteredByUserId: number | null;
  instanceId: number | null;
  permitNumber: string | null;
  verificationCode: string | null;
  submittedAt: Date;
  decidedAt: Date | null;
  /** A permit ended before its period: the day, why, and the application whose 許可 ended it. */
  end: PermitEnd | null;
  /** The permitted 更新 continuing this permit after its period. */
  renewedByApplicationId: number | null;
}

export interface PermitEnd {
  on: string;
  reason: PermitEndReason;
  byApplicationId: number;
}

export interface ApplicationDetail extends ApplicationView {
  /** The permit an 更新・変更・廃止・承継 continues, changes, ends or takes over; null for 新規. */
  citedPermit: CitedPermitView | null;
  /** 承継: the holder the successor takes over from, as they named them. */
  citedHolderName: string | null;
  timeline: TimelineView[];
  bills: BillView[];
  attachments: AttachmentView[];
  /** Kinds the category requires that no file has been attached for yet. */
  missingAttachments: string[];
  checklist: ChecklistEntry[];
  conditions: PermitCondition[];
  policeResult: PoliceConsultationResult | null;
  exemption: Exemption | null;
}

export interface PermitVerification {
  genuine: true;
  permitNumber: string;
  holderName: string | null;
  category: string;
  place: string;
  periodFrom: string;
  periodTo: string;
  /** Permitted, not ended, and today within the period. */
  inForce: boolean;
  /**
   * 有効, not yet in force, 期間満了, no longer permitted (取消), 廃止, or superseded by the permit of a
   * permitted 変更・承継.
   */
  state: 'valid' | 'notYetValid' | 'expired' | 'revoked' | 'ended' | 'superseded';
  /** The day an ended or superseded permit stopped being in force. */
  endedOn: string | null;
  /** The permit that replaced a superseded one. */
  supersededBy: string | null;
}

/** What a clerk looks for in the register (占用台帳). */
export interface RegisterFilter {
  status?: ApplicationStatus;
  categoryCode?: string;
  /** Part of the address or road name. */
  place?: string;
  /** Part of the holder's name. */
  holder?: string;
  /** Permits whose period ends on or before this date (the expiry list). */
  expiringBy?: string;
}

const notFound = (id: number) => new NotFoundError(`申請（ID ${id}）が見つかりません。`);

/**
 * Online 道路占用許可 applications: submitted by applicants on the internet listener, they are the case the
 * road section's clerks review in the workflow; nobody re-keys them. On 許可 the application gets its number.
 */
@Injectable()
export class ApplicationService {
  constructor(
    private readonly transactions: Transactions,
    private readonly categories: CategoryService,
    private readonly fees: FeeTableService,
    private readonly areas: FeeAreaService,
    private readonly instances: InstanceService,
    private readonly organisation: OrganisationService,
    private readonly timeline: PermitTimeline,
    private readonly billing: BillingService,
    private readonly attachments: AttachmentService,
    private readonly cited: CitedPermits,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  /**
   * Checks everything, quotes the fee, stores the application and starts its review, in one transaction.
   * With `counter`, a clerk enters it on the applicant's behalf (窓口代行入力): same checks, the applicant
   * recorded, audited as a proxy entry.
   */
  async submit(input: ApplicationInput, principal: Principal, counter?: CounterApplicant): Promise<ApplicationView> {
    const { category, quote } = await this.checked(input);
    const section = await this.organisation.findUnitByCode(category.sectionUnitCode);
    if (!section) throw new UnprocessableError(`区分「${category.name}」の担当課が組織にありません。`);
    // Two applications citing one permit: the unique pending citation lets one in, the other answers 409.
    const stored = this.transactions.run(async (em) => {
      const citation = await this.cited.resolve(em, input, {
        userId: counter ? counter.portalUserId : principal.userId,
        counterName: counter?.name ?? null,
      });
      const row = em.create(PermitApplication, {
        ...citation,
        applicantUserId: counter ? counter.portalUserId : principal.userId,
        applicant: counter ? JSON.stringify(counter) : null,
        enteredByUserId: counter ? principal.userId : null,
        kind: input.kind,
        categoryCode: category.code,
        fields: JSON.stringify(input.fields),
        address: input.address,
        roadName: input.roadName,
        geometry: JSON.stringify(input.geometry),
        feeDistrict: quote.feeDistrict,
        feeDistrictReason: null,
        quantityHundredths: Math.round(quote.quantity * 100),
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
        policeConsultation: input.policeConsultation,
        quotedFeeYen: quote.totalYen,
        feeBreakdown: JSON.stringify(quote),
        status: 'reviewing',
        stage: 'received',
        holderName: counter?.name ?? principal.displayName,
        verificationCode: null,
        instanceId: null,
        permitNumber: null,
        submittedAt: this.clock.now(),
        decidedAt: null,
      });
      await em.insert(PermitApplication, row);
      await this.timeline.add(em, row.id, 'received', null, principal.userId);
      const instance = await this.instances.start(
        {
          definitionKey: PERMIT_PROCESS_KEY,
          businessKey: String(row.id),
          businessType: PERMIT_BUSINESS_TYPE,
          homeUnitId: section.id,
          variables: {
            policeConsultation: input.policeConsultation,
            categoryCode: category.code,
            feeYen: quote.totalYen,
          },
        },
        principal,
      );
      await em.update(PermitApplication, { id: row.id }, { instanceId: instance.id });
      row.instanceId = instance.id;
      await this.audit.record({
        action: counter ? 'permits.application.counter-entered' : 'permits.application.submitted',
        targetType: 'permit-application',
        targetId: row.id,
        capacity: counter ? 'proxy' : 'self',
        detail: {
          ...(counter && { onBehalfOf: counter.name, portalUserId: counter.portalUserId }),
          categoryCode: category.code,
          kind: input.kind,
          ...(citation.citedApplicationId && { citedApplicationId: citation.citedApplicationId }),
          ...(citation.citedHolderName && { citedHolderName: citation.citedHolderName }),
          quotedFeeYen: quote.totalYen,
          instanceId: instance.id,
        },
      });
      return toView(row);
    });
    return stored.catch(refuseSecondCitation);
  }

  /** 補正依頼: the clerk asks the applicant to correct the application; the review waits for the answer. */
  async requestCorrection(id: number, message: string, principal: Principal): Promise<ApplicationDetail> {
    return this.transactions.run(async (em) => {
      const row = await em.findOne(PermitApplication, { where: { id }, ...this.transactions.lock });
      if (!row) throw notFound(id);
      if (row.status !== 'reviewing' || !['received', 'reviewing'].includes(row.stage)) {
        throw new ConflictError('受付・審査中の申請にだけ補正を依頼できます。');
      }
      await em.update(PermitApplication, { id }, { stage: 'correctionRequested' });
      await this.timeline.add(em, id, 'correctionRequested', message, principal.userId);
      await this.audit.record({
        action: 'permits.application.correction-requested',
        targetType: 'permit-application',
        targetId: id,
        capacity: 'self',
        detail: { message },
      });
      return this.detailOf(em, { ...row, stage: 'correctionRequested' });
    });
  }

  /** The applicant's corrected application: checked and priced again, then back to 審査中. */
  async correct(id: number, input: ApplicationInput, principal: Principal): Promise<ApplicationDetail> {
    const corrected = this.transactions.run(async (em) => {
      const row = await em.findOne(PermitApplication, { where: { id }, ...this.transactions.lock });
      if (!row || row.applicantUserId !== principal.userId) throw notFound(id);
      if (row.stage !== 'correctionRequested') throw new ConflictError('補正を依頼されている申請ではありません。');
      const { category, quote } = await this.checked(input, approvedExemption(row));
      if (category.code !== row.categoryCode) {
        throw new InvalidInputError('補正で占用物件の区分は変えられません。', [
          { field: 'categoryCode', messages: ['区分は変えられません。新しい申請をしてください'] },
        ]);
      }
      const citation = await this.cited.resolve(em, input, { userId: principal.userId, counterName: null });
      const changes = {
        ...citation,
        kind: input.kind,
        fields: JSON.stringify(input.fields),
        address: input.address,
        roadName: input.roadName,
        geometry: JSON.stringify(input.geometry),
        feeDistrict: quote.feeDistrict,
        feeDistrictReason: null,
        quantityHundredths: Math.round(quote.quantity * 100),
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
        policeConsultation: input.policeConsultation,
        quotedFeeYen: quote.totalYen,
        feeBreakdown: JSON.stringify(quote),
        stage: 'reviewing' as const,
      };
      await em.update(PermitApplication, { id }, changes);
      await this.timeline.add(em, id, 'corrected', null, principal.userId);
      await this.audit.record({
        action: 'permits.application.corrected',
        targetType: 'permit-application',
        targetId: id,
        capacity: 'self',
        detail: { quotedFeeYen: quote.totalYen },
      });
      return this.detailOf(em, { ...row, ...changes });
    });
    return corrected.catch(refuseSecondCitation);
  }

  /** The applicant's own applications, newest first. */
  mine(principal: Principal): Promise<ApplicationView[]> {
    return this.transactions.run(async (em) =>
      (await em.find(PermitApplication, { where: { applicantUserId: principal.userId }, order: { id: 'DESC' } })).map(
        toView,
      ),
    );
  }

  /** One of the applicant's own applications with its timeline; another applicant's is not found. */
  mineById(id: number, principal: Principal): Promise<ApplicationDetail> {
    return this.transactions.run(async (em) => {
      const row = await em.findOneBy(PermitApplication, { id });
      if (!row || row.applicantUserId !== principal.userId) throw notFound(id);
      return this.detailOf(em, row);
    });
  }

  /** The register (占用台帳) and intake queue: by status, category, place, holder and expiry; newest first. */
  list(filter: RegisterFilter = {}): Promise<ApplicationView[]> {
    return this.transactions.run(async (em) => {
      const query = em.createQueryBuilder(PermitApplication, 'a').orderBy('a.id', 'DESC').take(500);
      if (filter.status) query.andWhere('a.status = :status', { status: filter.status });
      if (filter.categoryCode) query.andWhere('a.categoryCode = :category', { category: filter.categoryCode });
      if (filter.place) {
        query.andWhere("(a.address LIKE :place ESCAPE '!' OR a.roadName LIKE :place ESCAPE '!')", {
          place: `%${escapeLike(filter.place)}%`,
        });
      }
      if (filter.holder)
        query.andWhere("a.holderName LIKE :holder ESCAPE '!'", { holder: `%${escapeLike(filter.holder)}%` });
      if (filter.expiringBy) {
        // A permit ended early (廃止, superseded) no longer expires.
        query.andWhere("a.status = 'permitted' AND a.endedOn IS NULL AND a.periodTo <= :by", { by: filter.expiringBy });
      }
      return (await query.getMany()).map(toView);
    });
  }

  byId(id: number): Promise<ApplicationDetail> {
    return this.transactions.run(async (em) => {
      const row = await em.findOneBy(PermitApplication, { id });
      if (!row) throw notFound(id);
      return this.detailOf(em, row);
    });
  }

  /** What the permit's verification code shows anyone: genuine or not, and whether it is in force today. */
  verify(code: string): Promise<PermitVerification> {
    return this.transactions.run(async (em) => {
      const row = code.length <= 24 ? await em.findOneBy(PermitApplication, { verificationCode: code }) : null;
      if (!row || !row.permitNumber) {
        throw new NotFoundError('この確認コードの許可証はありません。偽造または入力の誤りの可能性があります。');
      }
      const category = await this.categories.byCode(row.categoryCode);
      const today = jstDateOf(this.clock.now());
      const state: PermitVerification['state'] =
        row.status !== 'permitted'
          ? 'revoked'
          : row.endReason
            ? row.endReason
            : today < row.periodFrom
              ? 'notYetValid'
              : today > row.periodTo
                ? 'expired'
                : 'valid';
      return {
        genuine: true,
        permitNumber: row.permitNumber,
        holderName: row.holderName,
        category: category.name,
        place: `${row.address}（${row.roadName}）`,
        periodFrom: row.periodFrom,
        periodTo: row.periodTo,
        inForce: state === 'valid',
        state,
        endedOn: row.endedOn,
        supersededBy: row.endReason === 'superseded' ? await this.permitNumberOf(em, row.endedByApplicationId) : null,
      };
    });
  }

  private async permitNumberOf(em: EntityManager, id: number | null): Promise<string | null> {
    return id === null ? null : ((await em.findOneBy(PermitApplication, { id }))?.permitNumber ?? null);
  }

  /**
   * Category rules, period limit, place and the fee, the 級地 following from the place by the area table:
   * 400 per field, 422 for what cannot be priced.
   */
  async checked(
    input: ApplicationInput,
    exemption?: FeeQuoteInput['exemption'],
  ): Promise<{ category: OccupancyCategory; quote: FeeQuote }> {
    const category = await this.categories.byCode(input.categoryCode);
    const problems: FieldProblem[] = [...citationProblems(input), ...categoryFieldProblems(category, input.fields)];
    const period = occupancyPeriodProblem(input.periodFrom, input.periodTo, category.maxYears);
    if (period) problems.push({ field: 'periodTo', messages: [period] });
    const place = geometryProblem(input.geometry);
    if (place) problems.push({ field: 'geometry', messages: [place] });
    if (problems.length > 0) throw new InvalidInputError('申請の内容に誤りがあります。', problems);
    const { feeDistrict } = await this.areas.districtOf(input.geometry as PlaceGeometry, input.periodFrom);
    const quote = await this.fees.quote({
      category: category.feeCategory,
      feeDistrict,
      quantity: input.quantity,
      from: input.periodFrom,
      to: input.periodTo,
      exemption,
    });
    // Priced like any occupation (the category, place and period are checked the same), but a 廃止 owes nothing.
    return { category, quote: applicationFee(input.kind, quote) };
  }

  private async detailOf(em: EntityManager, row: PermitApplication): Promise<ApplicationDetail> {
    const attachments = await this.attachments.list(em, row.id);
    const category = await this.categories.byCode(row.categoryCode);
    return {
      ...toView(row),
      citedPermit: await this.cited.viewOf(em, row.citedApplicationId),
      citedHolderName: row.citedHolderName,
      timeline: await this.timeline.of(em, row.id),
      bills: await this.billing.billsOf(em, row.id),
      attachments,
      missingAttachments: category.requiredAttachments.filter((k) => !attachments.some((a) => a.attachmentKind === k)),
      checklist: checklistOf(category, fromJson<ChecklistMarks>(row.checklist) ?? {}),
      conditions: fromJson<PermitCondition[]>(row.conditions) ?? [],
      policeResult: fromJson<PoliceConsultationResult>(row.policeResult),
      exemption: fromJson<Exemption>(row.exemption),
    };
  }
}

/** LIKE with ! as the escape character, which SQLite and MySQL read alike. */
function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (c) => `!${c}`);
}

function toView(row: PermitApplication): ApplicationView {
  return {
    id: row.id,
    kind: row.kind,
    categoryCode: row.categoryCode,
    fields: JSON.parse(row.fields) as Record<string, unknown>,
    address: row.address,
    roadName: row.roadName,
    geometry: JSON.parse(row.geometry) as unknown,
    feeDistrict: row.feeDistrict,
    feeDistrictReason: row.feeDistrictReason,
    quantity: row.quantityHundredths / 100,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    policeConsultation: row.policeConsultation,
    quotedFeeYen: row.quotedFeeYen,
    feeBreakdown: row.feeBreakdown ? (JSON.parse(row.feeBreakdown) as FeeQuote) : null,
    status: row.status,
    stage: row.stage,
    holderName: row.holderName,
    applicant: fromJson<CounterApplicant>(row.applicant),
    enteredByUserId: row.enteredByUserId,
    instanceId: row.instanceId,
    permitNumber: row.permitNumber,
    verificationCode: row.verificationCode,
    submittedAt: row.submittedAt,
    decidedAt: row.decidedAt,
    end:
      row.endedOn && row.endReason && row.endedByApplicationId
        ? { on: row.endedOn, reason: row.endReason, byApplicationId: row.endedByApplicationId }
        : null,
    renewedByApplicationId: row.renewedByApplicationId,
  };
}

/** An approved 減免 stays in the fee when the applicant corrects the application. */
export function approvedExemption(row: PermitApplication): FeeQuoteInput['exemption'] {
  const exemption = fromJson<Exemption>(row.exemption);
  return exemption?.status === 'approved' ? { percent: exemption.percent, reason: exemption.reason } : undefined;
}
