import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail, type Principal } from '@ringi/auth';
import { OrganisationService, jstDateOf } from '@ringi/hr';
import {
  Clock,
  fiscalYearOf,
  InvalidInputError,
  NotFoundError,
  Transactions,
  UnprocessableError,
  type FieldProblem,
} from '@ringi/platform';
import { BusinessLinks, InstanceService, WorkflowEvents, type InstanceOutcome } from '@ringi/workflow';
import { categoryFieldProblems } from '../categories/occupancy-category';
import { CategoryService } from '../categories/category.service';
import { FeeTableService } from '../fee-tables/fee-table.service';
import type { FeeQuote } from '../fees/occupancy-fee';
import { occupancyPeriodProblem } from '../fees/occupancy-period';
import { geometryProblem } from './geometry';
import { PermitApplication, type ApplicationKind, type ApplicationStatus } from './permit-application.entity';
import { PermitNumbers } from './permit-numbers';

export const PERMIT_PROCESS_KEY = 'road-occupancy-permit';
export const PERMIT_BUSINESS_TYPE = 'road-occupancy';

export interface ApplicationInput {
  kind: ApplicationKind;
  categoryCode: string;
  fields: Record<string, unknown>;
  address: string;
  roadName: string;
  geometry: unknown;
  feeDistrict: number;
  quantity: number;
  periodFrom: string;
  periodTo: string;
  policeConsultation: boolean;
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
  quantity: number;
  periodFrom: string;
  periodTo: string;
  policeConsultation: boolean;
  quotedFeeYen: number;
  status: ApplicationStatus;
  instanceId: number | null;
  permitNumber: string | null;
  submittedAt: Date;
  decidedAt: Date | null;
}

const STATUS_AFTER: Partial<Record<InstanceOutcome, ApplicationStatus>> = {
  completed: 'permitted',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
};

const notFound = (id: number) => new NotFoundError(`申請（ID ${id}）が見つかりません。`);

/**
 * Online 道路占用許可 applications: submitted by applicants on the internet listener, they are the case the
 * road section's clerks review in the workflow; nobody re-keys them. On 許可 the application gets its number.
 */
@Injectable()
export class ApplicationService implements OnModuleInit {
  constructor(
    private readonly transactions: Transactions,
    private readonly categories: CategoryService,
    private readonly fees: FeeTableService,
    private readonly instances: InstanceService,
    private readonly events: WorkflowEvents,
    private readonly links: BusinessLinks,
    private readonly organisation: OrganisationService,
    private readonly numbers: PermitNumbers,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.events.on('instance.ended', ({ instance, outcome }, em) => this.decided(em, instance.id, outcome), {
      processKeys: [PERMIT_PROCESS_KEY],
    });
    this.links.register(PERMIT_BUSINESS_TYPE, (key) => `/permits/applications/${key}`);
  }

  /** Checks everything, quotes the fee, stores the application and starts its review, in one transaction. */
  async submit(input: ApplicationInput, principal: Principal): Promise<ApplicationView> {
    const category = await this.categories.byCode(input.categoryCode);
    const problems: FieldProblem[] = categoryFieldProblems(category, input.fields);
    const period = occupancyPeriodProblem(input.periodFrom, input.periodTo, category.maxYears);
    if (period) problems.push({ field: 'periodTo', messages: [period] });
    const place = geometryProblem(input.geometry);
    if (place) problems.push({ field: 'geometry', messages: [place] });
    if (problems.length > 0) throw new InvalidInputError('申請の内容に誤りがあります。', problems);
    const quote: FeeQuote = await this.fees.quote({
      category: category.feeCategory,
      feeDistrict: input.feeDistrict,
      quantity: input.quantity,
      from: input.periodFrom,
      to: input.periodTo,
    });
    const section = await this.organisation.findUnitByCode(category.sectionUnitCode);
    if (!section) throw new UnprocessableError(`区分「${category.name}」の担当課が組織にありません。`);
    return this.transactions.run(async (em) => {
      const row = em.create(PermitApplication, {
        applicantUserId: principal.userId,
        kind: input.kind,
        categoryCode: category.code,
        fields: JSON.stringify(input.fields),
        address: input.address,
        roadName: input.roadName,
        geometry: JSON.stringify(input.geometry),
        feeDistrict: input.feeDistrict,
        quantityHundredths: Math.round(quote.quantity * 100),
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
        policeConsultation: input.policeConsultation,
        quotedFeeYen: quote.totalYen,
        status: 'reviewing',
        instanceId: null,
        permitNumber: null,
        submittedAt: this.clock.now(),
        decidedAt: null,
      });
      await em.insert(PermitApplication, row);
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
        action: 'permits.application.submitted',
        targetType: 'permit-application',
        targetId: row.id,
        capacity: 'self',
        detail: {
          categoryCode: category.code,
          kind: input.kind,
          quotedFeeYen: quote.totalYen,
          instanceId: instance.id,
        },
      });
      return toView(row);
    });
  }

  /** The applicant's own applications, newest first. */
  mine(principal: Principal): Promise<ApplicationView[]> {
    return this.transactions.run(async (em) =>
      (await em.find(PermitApplication, { where: { applicantUserId: principal.userId }, order: { id: 'DESC' } })).map(
        toView,
      ),
    );
  }

  /** One of the applicant's own applications; another applicant's is not found. */
  async mineById(id: number, principal: Principal): Promise<ApplicationView> {
    const row = await this.transactions.run((em) => em.findOneBy(PermitApplication, { id }));
    if (!row || row.applicantUserId !== principal.userId) throw notFound(id);
    return toView(row);
  }

  /** The clerks' list: every application, by status, newest first. */
  list(status?: ApplicationStatus): Promise<ApplicationView[]> {
    return this.transactions.run(async (em) =>
      (await em.find(PermitApplication, { where: status ? { status } : {}, order: { id: 'DESC' }, take: 500 })).map(
        toView,
      ),
    );
  }

  async byId(id: number): Promise<ApplicationView> {
    const row = await this.transactions.run((em) => em.findOneBy(PermitApplication, { id }));
    if (!row) throw notFound(id);
    return toView(row);
  }

  /** The workflow ended: 許可 gives the number of the section's symbol and 年度, in the same transaction. */
  private async decided(em: EntityManager, instanceId: number, outcome: InstanceOutcome): Promise<void> {
    const row = await em.findOneBy(PermitApplication, { instanceId });
    const status = STATUS_AFTER[outcome];
    if (!row || !status) return;
    const now = this.clock.now();
    let permitNumber: string | null = null;
    if (status === 'permitted') {
      const category = await this.categories.byCode(row.categoryCode);
      const section = await this.organisation.findUnitByCode(category.sectionUnitCode);
      const symbol = `${(section && (await this.organisation.docSymbolOf(section.id))) ?? ''}占`;
      permitNumber = await this.numbers.next(em, symbol, fiscalYearOf(jstDateOf(now)));
    }
    await em.update(PermitApplication, { id: row.id }, { status, permitNumber, decidedAt: now });
  }
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
    quantity: row.quantityHundredths / 100,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    policeConsultation: row.policeConsultation,
    quotedFeeYen: row.quotedFeeYen,
    status: row.status,
    instanceId: row.instanceId,
    permitNumber: row.permitNumber,
    submittedAt: row.submittedAt,
    decidedAt: row.decidedAt,
  };
}
