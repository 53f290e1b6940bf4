import { randomBytes } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OrganisationService, jstDateOf } from '@ringi/hr';
import { Clock, fiscalYearOf } from '@ringi/platform';
import { BusinessLinks, TimerService, WorkflowEvents, type InstanceOutcome } from '@ringi/workflow';
import { BillingService } from '../billing/billing.service';
import { CategoryService } from '../categories/category.service';
import { FeeTableService } from '../fee-tables/fee-table.service';
import { applicationFee, chargesOccupancyFee } from '../fees/application-fee';
import type { FeeQuote } from '../fees/occupancy-fee';
import { PERMIT_BUSINESS_TYPE, PERMIT_PROCESS_KEY } from './application.service';
import { STAGE_OF_STEP, type ApplicationStage } from './application-stage';
import { PermitApplication, type ApplicationStatus } from './permit-application.entity';
import { PermitNumbers } from './permit-numbers';
import { PermitTimeline } from './permit-timeline';

export const RENEWAL_REMINDER_TIMER = 'permits.renewal-reminder';

const ENDED: Partial<Record<InstanceOutcome, ApplicationStatus & ApplicationStage>> = {
  completed: 'permitted',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
};
/** Base32 without look-alikes, for codes people type from paper. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * Follows the review in the workflow: each step opening moves the application's stage; the end of the case
 * decides it, and a permit gets its number, its verification code, its bills per fiscal year and a renewal
 * reminder one month before it expires. Everything runs inside the workflow's transaction.
 */
@Injectable()
export class ApplicationProgress implements OnModuleInit {
  constructor(
    private readonly events: WorkflowEvents,
    private readonly links: BusinessLinks,
    private readonly timers: TimerService,
    private readonly categories: CategoryService,
    private readonly organisation: OrganisationService,
    private readonly numbers: PermitNumbers,
    private readonly timeline: PermitTimeline,
    private readonly fees: FeeTableService,
    private readonly billing: BillingService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    const only = { processKeys: [PERMIT_PROCESS_KEY] };
    this.events.on('task.created', ({ instance, task }, em) => this.stepOpened(em, instance.id, task.elementId), only);
    this.events.on('instance.ended', ({ instance, outcome }, em) => this.decided(em, instance.id, outcome), only);
    this.links.register(PERMIT_BUSINESS_TYPE, (key) => `/staff/permits/applications/${key}`);
    this.timers.registerHandler(RENEWAL_REMINDER_TIMER, async (_timer, payload, em) => {
      const row = await em.findOneBy(PermitApplication, { id: Number(payload.applicationId) });
      // A permit already continued by a permitted 更新, or ended early (a 廃止 itself ends on its 許可), needs no
      // reminder to renew it.
      if (!row || row.status !== 'permitted' || row.renewedByApplicationId || row.endedOn) return;
      await this.timeline.add(
        em,
        row.id,
        'renewalReminder',
        `許可（${row.permitNumber}）の占用期間は${row.periodTo}に満了します。引き続き占用する場合は更新の申請をしてください。`,
        null,
      );
    });
  }

  private async stepOpened(em: EntityManager, instanceId: number, elementId: string): Promise<void> {
    const stage = STAGE_OF_STEP[elementId];
    const row = stage ? await em.findOneBy(PermitApplication, { instanceId }) : null;
    if (!row || !stage || row.stage === stage) return;
    await em.update(PermitApplication, { id: row.id }, { stage });
    await this.timeline.add(em, row.id, stage, null, null);
  }

  private async decided(em: EntityManager, instanceId: number, outcome: InstanceOutcome): Promise<void> {
    const row = await em.findOneBy(PermitApplication, { instanceId });
    const status = ENDED[outcome];
    if (!row || !status) return;
    const now = this.clock.now();
    if (status !== 'permitted') {
      await em.update(
        PermitApplication,
        { id: row.id },
        { status, stage: status, decidedAt: now, pendingCitationOf: null },
      );
      await this.timeline.add(em, row.id, status, null, null);
      return;
    }
    const category = await this.categories.byCode(row.categoryCode);
    const section = await this.organisation.findUnitByCode(category.sectionUnitCode);
    const symbol = `${(section && (await this.organisation.docSymbolOf(section.id))) ?? ''}占`;
    const permitNumber = await this.numbers.next(em, symbol, fiscalYearOf(jstDateOf(now)));
    const verificationCode = newVerificationCode();
    await em.update(
      PermitApplication,
      { id: row.id },
      { status, stage: status, decidedAt: now, permitNumber, verificationCode, pendingCitationOf: null },
    );
    await this.timeline.add(em, row.id, 'permitted', `許可番号 ${permitNumber}`, null);
    const today = jstDateOf(now);
    await this.actOnCitedPermit(em, row, permitNumber, today);
    if (!chargesOccupancyFee(row.kind)) {
      // A 廃止 is the end of an occupation, not a new one: its number and 許可書 acknowledge the end, but it is
      // no live permit (it ends with the permit it ends), owes nothing, gets no bill and no renewal reminder.
      await em.update(
        PermitApplication,
        { id: row.id },
        {
          endedOn: today,
          endReason: 'ended',
          endedByApplicationId: row.id,
          quotedFeeYen: 0,
          ...(row.feeBreakdown && {
            feeBreakdown: JSON.stringify(applicationFee(row.kind, JSON.parse(row.feeBreakdown))),
          }),
        },
      );
      return;
    }
    // Bills follow the breakdown kept with the case, so a fee table changed since it was priced changes nothing.
    const quote = row.feeBreakdown
      ? (JSON.parse(row.feeBreakdown) as FeeQuote)
      : await this.fees.quote({
          category: category.feeCategory,
          feeDistrict: row.feeDistrict,
          quantity: row.quantityHundredths / 100,
          from: row.periodFrom,
          to: row.periodTo,
        });
    await em.update(PermitApplication, { id: row.id }, { feeBreakdown: JSON.stringify(quote) });
    await this.billing.createBills(em, row.id, quote, today);
    await this.remindBeforeExpiry(em, row.id, row.periodTo);
  }

  /**
   * 許可 of an application citing a permit, in the decision's transaction:
   * - 更新: the new permit, with its own number and period, continues the cited one, which stays valid for its
   *   own period (bills, verification and the register still show it) and gets no renewal reminder;
   * - 廃止: the cited permit ends today;
   * - 変更・承継: the new permit supersedes the cited one from today.
   * An ended permit verifies as no longer valid, gets no renewal reminder and no bill for a later fiscal year.
   */
  private async actOnCitedPermit(
    em: EntityManager,
    row: PermitApplication,
    permitNumber: string,
    today: string,
  ): Promise<void> {
    const citedId = row.citedApplicationId;
    if (row.kind === 'new' || !citedId) return;
    if (row.kind === 'renewal') {
      await em.update(PermitApplication, { id: citedId }, { renewedByApplicationId: row.id });
      await this.timeline.add(
        em,
        citedId,
        'renewed',
        `更新の許可（${permitNumber}、${row.periodFrom}から${row.periodTo}まで）に引き継がれました。`,
        null,
      );
      return;
    }
    const endReason = row.kind === 'end' ? 'ended' : 'superseded';
    await em.update(PermitApplication, { id: citedId }, { endedOn: today, endReason, endedByApplicationId: row.id });
    await this.timeline.add(
      em,
      citedId,
      endReason,
      endReason === 'ended'
        ? `廃止の許可（${permitNumber}）により${today}に廃止されました。`
        : `${row.kind === 'change' ? '変更' : '承継'}の許可（${permitNumber}）に${today}から引き継がれ、効力を失いました。`,
      null,
    );
    await this.billing.cancelBillsAfter(em, citedId, fiscalYearOf(today));
  }

  /** The renewal reminder (更新のお知らせ) one month before a permit's period ends, unless that has passed. */
  async remindBeforeExpiry(em: EntityManager, applicationId: number, periodTo: string): Promise<void> {
    const remindAt = oneMonthBefore(periodTo);
    if (remindAt > this.clock.now()) {
      await this.timers.schedule(em, { kind: RENEWAL_REMINDER_TIMER, dueAt: remindAt, payload: { applicationId } });
    }
  }
}

export function newVerificationCode(): string {
  return [...randomBytes(12)].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}

/** 09:00 JST on the same day one month before the last day of the period. */
function oneMonthBefore(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 2, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, last), 0, 0, 0));
}
