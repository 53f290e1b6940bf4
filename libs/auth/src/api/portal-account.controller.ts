import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { NotFoundError } from '@ringi/platform';
import { Access } from '../access/access.decorator';
import { CurrentPrincipal, type Principal } from '../access/principal';
import { AccountService } from '../accounts/account.service';

/** The applicant's own account on the portal (internet listener). */
@ApiTags('portal')
@Controller('api/portal/account')
export class PortalAccountController {
  constructor(private readonly accounts: AccountService) {}

  @Get()
  @Access('portal', 'portal.use')
  async mine(@CurrentPrincipal() me: Principal) {
    const account = await this.accounts.findById(me.userId);
    if (!account) throw new NotFoundError('アカウントが見つかりません。');
    return {
      id: account.id,
      email: account.email,
      displayName: account.displayName,
      organisationName: account.organisationName,
      emailVerified: account.emailVerifiedAt !== null,
    };
  }
}
