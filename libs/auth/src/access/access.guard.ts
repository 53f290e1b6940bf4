import { Inject, Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import {
  AccessDeniedError,
  AuthenticationError,
  NotFoundError,
  RINGI_CONFIG,
  requestContext,
  zoneOf,
  type RingiConfig,
  type Zone,
} from '@ringi/platform';
import { ACCESS_METADATA, type AccessRule } from './access.decorator';
import { ZONE_MODELS } from './zone-model';
import { permissionsOf } from './permissions';
import { IdentityCache, type Identity } from './identity-cache';
import { PRINCIPAL_KEY, type Principal } from './principal';
import { presentedToken } from './session-token';
import { SessionService } from '../sessions/session.service';
import { AccountService } from '../accounts/account.service';
import { AuditTrail } from '../audit/audit-trail.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The global gate, deny by default: a route without an access rule is refused; a route is only
 * served on the listeners whose zone serves its surface under the configured zone model; then the
 * session, its zone and the permissions the route asks for are checked.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('access');
  private readonly identities: IdentityCache;

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly accounts: AccountService,
    private readonly audit: AuditTrail,
    @Inject(RINGI_CONFIG) private readonly config: RingiConfig,
    dataSource: DataSource,
  ) {
    this.identities = new IdentityCache(dataSource);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      this.logger.error(`route ${req.method} ${req.path} declares no access rule; refused`);
      throw new AccessDeniedError('この操作は許可されていません。');
    }
    const zone = zoneOf(req);
    const policy = zone ? ZONE_MODELS[this.config.zoneModel][zone] : undefined;
    if (!zone || !policy || !policy.surfaces.includes(rule.surface)) {
      throw new NotFoundError('この接続系では提供していない機能です。');
    }
    if (rule.permissions === null) return true;

    const principal = await this.authenticate(req, zone, rule);
    const ctx = requestContext.current();
    if (ctx) ctx.actor = { userId: principal.userId, username: principal.username, displayName: principal.displayName };
    (req as unknown as Record<string, unknown>)[PRINCIPAL_KEY] = principal;

    const missing = rule.permissions.filter((p) => !principal.permissions.has(p));
    if (missing.length > 0) {
      await this.audit.record({
        action: 'access.denied',
        targetType: 'route',
        targetId: `${req.method} ${req.route?.path ?? req.path}`.slice(0, 80),
        outcome: 'denied',
        detail: { missing },
      });
      throw new AccessDeniedError('この操作を行う権限がありません。');
    }
    return true;
  }

  private async authenticate(req: Request, zone: Zone, rule: AccessRule): Promise<Principal> {
    const presented = presentedToken(req, zone);
    if (!presented) throw new AuthenticationError('ログインが必要です。');
    // Cookies ride along on cross-site requests; a custom header cannot without a CORS preflight.
    if (presented.via === 'cookie' && !SAFE_METHODS.has(req.method) && req.headers['x-ringi-request'] !== '1') {
      throw new AccessDeniedError('不正なリクエストです（X-Ringi-Request ヘッダーがありません）。');
    }
    const session = await this.sessions.resolve(presented.token, zone);
    if (!session || session.stage === 'awaiting-mfa') {
      throw new AuthenticationError('セッションの有効期限が切れました。もう一度ログインしてください。');
    }
    if (session.stage === 'enrolment-required' && !rule.duringMfaEnrolment) {
      throw new AccessDeniedError('二要素認証の登録を完了してください。');
    }
    const identity = await this.identities.get(session.userId, () => this.loadIdentity(session.userId));
    if (!identity?.active) throw new AuthenticationError('このアカウントは利用できません。');
    if (!ZONE_MODELS[this.config.zoneModel][zone].logins.includes(identity.kind)) {
      throw new AccessDeniedError('この接続系ではこのアカウントを利用できません。');
    }
    return {
      userId: identity.userId,
      username: identity.username,
      displayName: identity.displayName,
      kind: identity.kind,
      staffId: identity.staffId,
      roles: identity.roles,
      permissions: identity.permissions,
      sessionId: session.id,
      zone,
      mfaVerified: session.mfaVerified,
    };
  }

  private async loadIdentity(userId: number): Promise<Identity | null> {
    const account = await this.accounts.findById(userId);
    if (!account) return null;
    const roles = await this.accounts.rolesOf(account);
    return {
      userId: account.id,
      username: account.username,
      displayName: account.displayName,
      kind: account.kind,
      staffId: account.staffId,
      active: account.active,
      roles,
      permissions: permissionsOf(roles),
    };
  }
}
