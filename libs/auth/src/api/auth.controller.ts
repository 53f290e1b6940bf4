import { Body, Controller, Delete, Get, HttpCode, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Clock, IdPipe, NotFoundError, zoneOf, type Zone } from '@ringi/platform';
import { Access, AccessDuringMfaEnrolment, PublicAccess } from '../access/access.decorator';
import { CurrentPrincipal, type Principal } from '../access/principal';
import { sessionCookieName } from '../access/session-token';
import { LocalAuthGuard } from '../login/local-auth.guard';
import { LoginRateLimitGuard } from '../login/login-rate-limit.guard';
import { LoginService, type LoginOutcome } from '../login/login.service';
import { MfaEnrolmentService } from '../mfa/mfa-enrolment.service';
import { SessionService } from '../sessions/session.service';
import { PasswordService } from '../accounts/password.service';
import { ChangePasswordDto, LoginDto, MfaConfirmDto, MfaLoginDto } from './auth.dto';

function clientOf(req: Request) {
  return {
    zone: zoneOf(req) as Zone,
    clientAddress: req.socket.remoteAddress ?? null,
    userAgent: req.headers['user-agent'] ?? null,
  };
}

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly loginService: LoginService,
    private readonly mfa: MfaEnrolmentService,
    private readonly sessions: SessionService,
    private readonly passwords: PasswordService,
    private readonly clock: Clock,
  ) {}

  @Post('login')
  @HttpCode(200)
  @PublicAccess()
  @UseGuards(LoginRateLimitGuard, LocalAuthGuard)
  login(@Body() _body: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.respond(req.user as LoginOutcome, req, res);
  }

  @Post('login/mfa')
  @HttpCode(200)
  @PublicAccess()
  @UseGuards(LoginRateLimitGuard)
  async loginMfa(@Body() body: MfaLoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const outcome = await this.loginService.verifyMfa(body.challengeToken, body.code, body.recoveryCode, clientOf(req));
    return this.respond(outcome, req, res);
  }

  @Post('logout')
  @HttpCode(204)
  @AccessDuringMfaEnrolment('public', 'self.manage')
  async logout(@CurrentPrincipal() me: Principal, @Res({ passthrough: true }) res: Response) {
    await this.loginService.logout(me.sessionId);
    res.clearCookie(sessionCookieName(me.zone), { path: '/' });
  }

  @Get('me')
  @AccessDuringMfaEnrolment('public', 'self.manage')
  async me(@CurrentPrincipal() me: Principal) {
    const session = await this.sessions.findById(me.sessionId);
    return { ...describePrincipal(me), mfaEnrolmentRequired: session?.stage === 'enrolment-required' };
  }

  @Post('password')
  @HttpCode(204)
  @Access('public', 'self.manage')
  async changePassword(@CurrentPrincipal() me: Principal, @Body() body: ChangePasswordDto) {
    await this.passwords.change(me.userId, me.sessionId, body.currentPassword, body.newPassword);
  }

  @Post('mfa/enrol')
  @HttpCode(200)
  @AccessDuringMfaEnrolment('public', 'self.manage')
  enrol(@CurrentPrincipal() me: Principal) {
    return this.mfa.begin(me.userId);
  }

  @Post('mfa/enrol/confirm')
  @HttpCode(200)
  @AccessDuringMfaEnrolment('public', 'self.manage')
  confirm(@CurrentPrincipal() me: Principal, @Body() body: MfaConfirmDto) {
    return this.mfa.confirm(me.userId, me.sessionId, body.code);
  }

  @Get('sessions')
  @Access('public', 'self.manage')
  async mySessions(@CurrentPrincipal() me: Principal) {
    const sessions = await this.sessions.listLive(me.userId);
    return sessions.map((s) => ({ ...describeSession(s), current: s.id === me.sessionId }));
  }

  @Delete('sessions/:id')
  @HttpCode(204)
  @Access('public', 'self.manage')
  async endMySession(@CurrentPrincipal() me: Principal, @Param('id', IdPipe) id: number) {
    const session = await this.sessions.findById(id);
    if (!session || session.userId !== me.userId) throw new NotFoundError('セッションが見つかりません。');
    await this.sessions.revoke(id, 'ended-by-user');
  }

  private respond(outcome: LoginOutcome, req: Request, res: Response) {
    if (outcome.status === 'mfa-required') {
      return { status: outcome.status, challengeToken: outcome.challengeToken, expiresAt: outcome.expiresAt };
    }
    const zone = zoneOf(req) as Zone;
    res.cookie(sessionCookieName(zone), outcome.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: req.secure,
      path: '/',
      expires: outcome.expiresAt,
    });
    return {
      status: outcome.status,
      token: outcome.token,
      expiresAt: outcome.expiresAt,
      user: {
        id: outcome.account.id,
        username: outcome.account.username,
        displayName: outcome.account.displayName,
        kind: outcome.account.kind,
      },
      serverTime: this.clock.now(),
    };
  }
}

export function describePrincipal(p: Principal) {
  return {
    id: p.userId,
    username: p.username,
    displayName: p.displayName,
    kind: p.kind,
    staffId: p.staffId,
    zone: p.zone,
    mfaVerified: p.mfaVerified,
    roles: p.roles,
    permissions: [...p.permissions].sort(),
  };
}

export function describeSession(s: {
  id: number;
  zone: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  clientAddress: string | null;
  userAgent: string | null;
  mfaVerified: boolean;
}) {
  return {
    id: s.id,
    zone: s.zone,
    createdAt: s.createdAt,
    lastSeenAt: s.lastSeenAt,
    expiresAt: s.expiresAt,
    clientAddress: s.clientAddress,
    userAgent: s.userAgent,
    mfaVerified: s.mfaVerified,
  };
}
