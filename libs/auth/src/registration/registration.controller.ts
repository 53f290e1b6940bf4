import { Body, Controller, Get, HttpCode, Inject, Post, Req, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { NotFoundError, RINGI_CONFIG, zoneOf, type RingiConfig } from '@ringi/platform';
import { Access, PublicAccess } from '../access/access.decorator';
import { zoneServes } from '../access/zone-model';
import { LoginRateLimitGuard } from '../login/login-rate-limit.guard';
import { ConfirmEmailDto, RegisterApplicantDto } from './registration.dto';
import { RegistrationService } from './registration.service';

/**
 * The base of links in mails: RINGI_PORTAL_URL when set (behind a proxy), else the address the
 * request came to on the internet listener.
 */
function portalUrlOf(req: Request, config: RingiConfig): string {
  return config.portalUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

@ApiTags('portal')
@Controller()
export class RegistrationController {
  constructor(
    private readonly registrations: RegistrationService,
    @Inject(RINGI_CONFIG) private readonly config: RingiConfig,
  ) {}

  /**
   * Anonymous routes live on the public surface (the route policy allows no other), but
   * registering is portal business: only listeners that serve the portal offer it.
   */
  private requirePortal(req: Request): void {
    const zone = zoneOf(req);
    if (!zone || !zoneServes(this.config.zoneModel, zone, 'portal')) {
      throw new NotFoundError('この接続系では提供していない機能です。');
    }
  }

  /** Applicant self-registration; answers the same whether or not the address is known. */
  @Post('api/portal/registrations')
  @HttpCode(202)
  @PublicAccess()
  @UseGuards(LoginRateLimitGuard)
  async register(@Body() body: RegisterApplicantDto, @Req() req: Request) {
    this.requirePortal(req);
    await this.registrations.register(body, portalUrlOf(req, this.config));
    return {
      status: 'confirmation-sent',
      message: '確認メールを送信しました。メールに記載されたリンクを開いてください。',
    };
  }

  @Post('api/portal/registrations/confirm')
  @HttpCode(200)
  @PublicAccess()
  @UseGuards(LoginRateLimitGuard)
  async confirm(@Body() body: ConfirmEmailDto, @Req() req: Request) {
    this.requirePortal(req);
    await this.registrations.confirm(body.token);
    return { status: 'confirmed', message: 'メールアドレスを確認しました。ログインできます。' };
  }

  /** Mail that ringi sent or would have sent (the demo's outbox). */
  @Get('api/admin/mail-outbox')
  @Access('admin', 'user.manage')
  async outbox() {
    const rows = await this.registrations.outbox();
    return rows.map((r) => ({
      id: r.id,
      recipient: r.recipient,
      subject: r.subject,
      body: r.body,
      createdAt: r.createdAt,
      sentAt: r.sentAt,
      error: r.error,
    }));
  }
}
