import { Injectable } from '@nestjs/common';
import { UserAccount, type Principal } from '@ringi/auth';
import { Transactions, UnprocessableError } from '@ringi/platform';
import type { CounterApplicant } from '../review/review-records';
import { ApplicationService, type ApplicationInput, type ApplicationView } from './application.service';

export interface CounterApplicantInput {
  name: string;
  address: string;
  contact: string;
  /** The applicant's portal login (e-mail), when they have one and want to follow the case online. */
  portalUsername?: string;
}

/**
 * 窓口代行入力: a permit clerk enters a paper application for an applicant at the counter, with the same checks
 * as the portal; nobody without a portal account is left behind.
 */
@Injectable()
export class CounterEntry {
  constructor(
    private readonly transactions: Transactions,
    private readonly applications: ApplicationService,
  ) {}

  async enter(
    input: ApplicationInput,
    applicant: CounterApplicantInput,
    principal: Principal,
  ): Promise<ApplicationView> {
    const counter: CounterApplicant = {
      name: applicant.name,
      address: applicant.address,
      contact: applicant.contact,
      portalUserId: applicant.portalUsername ? await this.portalAccount(applicant.portalUsername) : null,
    };
    return this.applications.submit(input, principal, counter);
  }

  private async portalAccount(username: string): Promise<number> {
    const account = await this.transactions.run((em) =>
      em.findOneBy(UserAccount, { username: username.trim().toLowerCase() }),
    );
    if (!account || account.kind !== 'applicant') {
      throw new UnprocessableError(`ポータルの利用者「${username}」が見つかりません。`, [
        { field: 'applicant.portalUsername', messages: ['ポータルに登録されたメールアドレスを指定してください'] },
      ]);
    }
    return account.id;
  }
}
