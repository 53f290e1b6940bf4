import { Inject, Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import {
  AccessDeniedError,
  AccountLockedError,
  AuthenticationError,
  Clock,
  RINGI_CONFIG,
  Transactions,
  type RingiConfig,
  type Zone,
} from '@ringi/platform';
import { UserAccount, MfaRecoveryCode } from '../accounts/user-account.entity';
import { AccountService } from '../accounts/account.service';
import { passwordHasher } from '../accounts/password-hasher';
import { ZONE_MODELS } from '../access/zone-model';
import { MFA_REQUIRED_ROLES } from '../access/permissions';
import { SessionService } from '../sessions/session.service';
import type { AuthSession } from '../sessions/auth-session.entity';
import { AuditTrail } from '../audit/audit-trail.service';
import { afterFailedLogin, secondsLocked } from './lockout-policy';
import { hashRecoveryCode, matchingTotpStep } from '../mfa/totp';
import { TotpSecretVault } from '../mfa/totp-secret-vault';

export interface ClientInfo {
  zone: Zone;
  clientAddress: string | null;
  userAgent: string | null;
}

export type LoginOutcome =
  | { status: 'ok'; token: string; expiresAt: Date; account: UserAccount }
  | { status: 'mfa-required'; challengeToken: string; expiresAt: Date }
  | { status: 'mfa-enrolment-required'; token: string; expiresAt: Date; account: UserAccount };

const BAD_CREDENTIALS = 'ユーザー名またはパスワードが正しくありません。';
const MAX_MFA_ATTEMPTS = 5;

@Injectable()
export class LoginService {
  constructor(
    private readonly accounts: AccountService,
    private readonly sessions: SessionService,
    private readonly audit: AuditTrail,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    @Inject(RINGI_CONFIG) private readonly config: RingiConfig,
    private readonly totpSecrets: TotpSecretVault,
  ) {}

  /** First factor: user name and password. Applies lockout and the zone model's login rules. */
  async login(username: string, password: string, client: ClientInfo): Promise<LoginOutcome> {
    const account = await this.accounts.findByUsername(username);
    const now = this.clock.now();
    if (account) {
      const locked = secondsLocked(account.lockedUntil, now);
      if (locked > 0) {
        await this.recordAttempt(account, 'auth.login', 'denied', { reason: 'locked' });
        throw new AccountLockedError(
          `ログインの失敗が続いたため、アカウントを一時的にロックしています。約${Math.ceil(locked / 60)}分後にやり直してください。`,
          locked,
        );
      }
    }
    const valid = await passwordHasher.verify(account?.passwordHash ?? null, password);
    if (!account || !valid || !account.active) {
      if (account) await this.countFailure(account.id);
      await this.audit.record({
        action: 'auth.login',
        targetType: 'user',
        targetId: account?.id ?? null,
        outcome: 'failure',
        actor: { userId: account?.id ?? null, name: username.slice(0, 100) },
        detail: { reason: !account ? 'unknown-user' : !valid ? 'bad-password' : 'inactive' },
      });
      throw new AuthenticationError(BAD_CREDENTIALS);
    }

    const policy = ZONE_MODELS[this.config.zoneModel][client.zone];
    if (!policy.logins.includes(account.kind)) {
      await this.recordAttempt(account, 'auth.login', 'denied', { reason: 'zone', kind: account.kind });
      throw new AccessDeniedError(
        account.kind === 'staff'
          ? 'この接続系からは職員のログインはできません。'
          : 'この接続系からは申請者のログインはできません。',
      );
    }

    await this.transactions.run(async (em) => {
      await em.update(UserAccount, { id: account.id }, { failedLoginCount: 0, lockedUntil: null });
    });

    const mfaNeeded = await this.mfaRequired(account, client.zone);
    if (mfaNeeded && account.mfaEnabled) {
      const { token, session } = await this.sessions.create({
        ...client,
        userId: account.id,
        stage: 'awaiting-mfa',
        mfaVerified: false,
      });
      await this.recordAttempt(account, 'auth.login.password', 'success', { next: 'mfa' });
      return { status: 'mfa-required', challengeToken: token, expiresAt: session.expiresAt };
    }
    if (mfaNeeded) {
      if (client.zone !== 'lgwan') {
        await this.recordAttempt(account, 'auth.login', 'denied', { reason: 'mfa-not-enrolled' });
        throw new AccessDeniedError('二要素認証が未登録です。LGWAN接続系でログインして登録してください。');
      }
      const { token, session } = await this.sessions.create({
        ...client,
        userId: account.id,
        stage: 'enrolment-required',
        mfaVerified: false,
      });
      await this.recordAttempt(account, 'auth.login', 'success', { next: 'mfa-enrolment' });
      return { status: 'mfa-enrolment-required', token, expiresAt: session.expiresAt, account };
    }
    return this.completeLogin(account, client, false);
  }

  /** Second factor: a TOTP code or a one-time recovery code against a pending challenge. */
  async verifyMfa(
    challengeToken: string,
    code: string | undefined,
    recoveryCode: string | undefined,
    client: ClientInfo,
  ): Promise<LoginOutcome> {
    const session = await this.sessions.resolve(challengeToken, client.zone);
    if (!session || session.stage !== 'awaiting-mfa') {
      throw new AuthenticationError('確認の有効期限が切れました。もう一度ログインしてください。');
    }
    const account = await this.accounts.findById(session.userId);
    if (!account?.active || !account.totpSecret) throw new AuthenticationError(BAD_CREDENTIALS);

    const accepted = code
      ? await this.acceptTotp(account, code)
      : recoveryCode
        ? await this.useRecoveryCode(account.id, recoveryCode)
        : false;
    if (!accepted) {
      await this.failMfa(session, account);
      throw new AuthenticationError('確認コードが正しくありません。');
    }
    await this.sessions.revoke(session.id, 'mfa-completed');
    return this.completeLogin(account, client, true, recoveryCode ? 'recovery-code' : 'totp');
  }

  async logout(sessionId: number): Promise<void> {
    await this.sessions.revoke(sessionId, 'logout');
    await this.audit.record({ action: 'auth.logout', targetType: 'session', targetId: sessionId });
  }

  private async completeLogin(
    account: UserAccount,
    client: ClientInfo,
    mfaVerified: boolean,
    method?: string,
  ): Promise<LoginOutcome> {
    const { token, session } = await this.sessions.create({
      ...client,
      userId: account.id,
      stage: 'active',
      mfaVerified,
    });
    await this.transactions.run(async (em) => {
      await em.update(UserAccount, { id: account.id }, { lastLoginAt: this.clock.now() });
      await this.audit.record({
        action: 'auth.login',
        targetType: 'session',
        targetId: session.id,
        actor: { userId: account.id, name: account.username },
        detail: { mfa: mfaVerified ? (method ?? 'totp') : 'none' },
      });
    });
    return { status: 'ok', token, expiresAt: session.expiresAt, account };
  }

  async mfaRequired(account: UserAccount, zone: Zone): Promise<boolean> {
    if (account.mfaEnabled) return true;
    if (account.kind === 'staff' && ZONE_MODELS[this.config.zoneModel][zone].staffMfa) return true;
    const roles = await this.accounts.rolesOf(account);
    return roles.some((g) => MFA_REQUIRED_ROLES.includes(g.role));
  }

  /**
   * Accepts a code once: the matching time step must be later than the last one used. `stored` is the secret as
   * stored (sealed, or in clear from before sealing); one still in clear is sealed at this use.
   */
  async acceptTotp(account: UserAccount, code: string, stored = account.totpSecret): Promise<boolean> {
    const secret = stored === null ? null : this.totpSecrets.open(stored);
    if (!secret) return false;
    const step = matchingTotpStep(secret, code, this.clock.now());
    if (step === null) return false;
    return this.transactions.run(async (em) => {
      const fresh = await em.findOneOrFail(UserAccount, { where: { id: account.id }, ...this.transactions.lock });
      if (fresh.totpLastStep !== null && step <= fresh.totpLastStep) return false;
      const clear = fresh.totpSecret !== null && !this.totpSecrets.isSealed(fresh.totpSecret);
      await em.update(
        UserAccount,
        { id: account.id },
        { totpLastStep: step, ...(clear ? { totpSecret: this.totpSecrets.seal(fresh.totpSecret!) } : {}) },
      );
      return true;
    });
  }

  private useRecoveryCode(userId: number, code: string): Promise<boolean> {
    return this.transactions.run(async (em) => {
      const result = await em.update(
        MfaRecoveryCode,
        { userId, codeHash: hashRecoveryCode(code), usedAt: IsNull() },
        { usedAt: this.clock.now() },
      );
      return (result.affected ?? 0) === 1;
    });
  }

  private async failMfa(session: AuthSession, account: UserAccount): Promise<void> {
    const attempts = await this.sessions.countMfaAttempt(session);
    await this.countFailure(account.id);
    if (attempts >= MAX_MFA_ATTEMPTS) await this.sessions.revoke(session.id, 'too-many-mfa-attempts');
    await this.recordAttempt(account, 'auth.login.mfa', 'failure', { attempts });
  }

  private async countFailure(userId: number): Promise<void> {
    await this.transactions.run(async (em) => {
      const fresh = await em.findOneOrFail(UserAccount, { where: { id: userId }, ...this.transactions.lock });
      const next = afterFailedLogin(fresh, this.clock.now());
      await em.update(UserAccount, { id: userId }, next);
      if (next.lockedUntil && next.lockedUntil !== fresh.lockedUntil) {
        await this.audit.record({
          action: 'auth.locked',
          targetType: 'user',
          targetId: userId,
          actor: { userId: null, name: 'system' },
          capacity: 'system',
        });
      }
    });
  }

  private recordAttempt(
    account: UserAccount,
    action: string,
    outcome: 'success' | 'denied' | 'failure',
    detail: Record<string, unknown>,
  ) {
    return this.audit.record({
      action,
      targetType: 'user',
      targetId: account.id,
      outcome,
      actor: { userId: account.id, name: account.username },
      detail,
    });
  }
}
