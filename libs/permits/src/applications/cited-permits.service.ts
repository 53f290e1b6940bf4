import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { jstDateOf } from '@ringi/hr';
import { Clock, ConflictError, Transactions, UnprocessableError } from '@ringi/platform';
import { isUniqueViolation } from '../unique-violation';
import { citationRefusal, renewalPeriodProblem, type CitationInput } from './cited-permit';
import { PermitApplication } from './permit-application.entity';

/** Who applies: the portal account, and at the counter the name the applicant gave. */
export interface Applicant {
  userId: number | null;
  counterName: string | null;
}

/** What the application keeps of the permit it cites; `pendingCitationOf` until the application is decided. */
export interface Citation {
  citedApplicationId: number | null;
  citedHolderName: string | null;
  pendingCitationOf: number | null;
}

const NO_CITATION: Citation = { citedApplicationId: null, citedHolderName: null, pendingCitationOf: null };

/** The cited permit as the applicant's and the clerk's detail show it. */
export interface CitedPermitView {
  id: number;
  permitNumber: string;
  period: { from: string; to: string };
}

/** Finds the permit an 更新・変更・廃止・承継 cites by its number and holds it to the rules of cited-permit. */
@Injectable()
export class CitedPermits {
  constructor(
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  /**
   * The citation to store, or 422 on the field when the permit cannot carry the application. The permit's row
   * stays locked until the caller commits, so a decision ending it meanwhile is seen, not overtaken.
   */
  async resolve(
    em: EntityManager,
    input: CitationInput & { periodFrom: string },
    applicant: Applicant,
  ): Promise<Citation> {
    const number = input.citedPermitNumber?.trim();
    if (input.kind === 'new' || !number) return NO_CITATION;
    const permit = await em.findOne(PermitApplication, { where: { permitNumber: number }, ...this.transactions.lock });
    const refusal = citationRefusal(
      input.kind,
      permit && {
        status: permit.status,
        periodFrom: permit.periodFrom,
        periodTo: permit.periodTo,
        holderName: permit.holderName,
        endedOn: permit.endedOn,
        heldByApplicant: heldBy(permit, applicant),
      },
      jstDateOf(this.clock.now()),
      input.currentHolderName,
    );
    // No permit under the number is always refused for these kinds, so `!permit` only narrows the type.
    if (refusal !== null || !permit) {
      const message = refusal ?? 'その許可番号の許可はありません。';
      throw new UnprocessableError(message, [{ field: 'citedPermitNumber', messages: [message] }]);
    }
    const period = input.kind === 'renewal' ? renewalPeriodProblem(permit.periodTo, input.periodFrom) : null;
    if (period) throw new UnprocessableError(period, [{ field: 'periodFrom', messages: [period] }]);
    return {
      citedApplicationId: permit.id,
      citedHolderName: input.kind === 'succession' ? (input.currentHolderName?.trim() ?? null) : null,
      pendingCitationOf: permit.id,
    };
  }

  async viewOf(em: EntityManager, citedApplicationId: number | null): Promise<CitedPermitView | null> {
    const permit = citedApplicationId ? await em.findOneBy(PermitApplication, { id: citedApplicationId }) : null;
    if (!permit?.permitNumber) return null;
    return {
      id: permit.id,
      permitNumber: permit.permitNumber,
      period: { from: permit.periodFrom, to: permit.periodTo },
    };
  }
}

/**
 * The unique pending citation refused the write: another application citing the permit is still pending (maybe
 * submitted by a concurrent request), so this one is a 409; any other error passes through unchanged.
 */
export function refuseSecondCitation(error: unknown): never {
  if (!isUniqueViolation(error) || !/pending_?citation/i.test((error as Error).message)) throw error;
  throw new ConflictError(
    'この許可を対象とする審査中の申請（更新・変更・廃止・承継）がすでにあります。その申請が決定されるか取り下げられてから申請してください。',
  );
}

/**
 * A permit is the applicant's when their portal account applied for it or follows it; at the counter, also when
 * the permit names the applicant as its holder, since a paper applicant may have no account.
 */
function heldBy(permit: PermitApplication, applicant: Applicant): boolean {
  if (applicant.userId !== null && permit.applicantUserId === applicant.userId) return true;
  return applicant.counterName !== null && permit.holderName === applicant.counterName;
}
