import { Injectable } from '@nestjs/common';
import { ConflictError, InvalidInputError, NotFoundError, Transactions } from '@ringi/platform';
import { MfaRecoveryCode, UserAccount } from '../accounts/user-account.entity';
import { AuditTrail } from '../audit/audit-trail.service';
import { LoginService } from '../login/login.service';
import { SessionService } from '../sessions/session.service';
import { enrolmentMaterial, hashRecoveryCode, newRecoveryCodes, newTotpSecret } from './totp';
import { TotpSecretVault } from './totp-secret-vault';

@Injectable()
export class MfaEnrolmentService {
  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditTrail,
    private readonly login: LoginService,
    private readonly sessions: SessionService,
    private readonly totpSecrets: TotpSecretVault,
  ) {}

  /** Starts enrolment: a new secret to scan, kept pending until a code from it is confirmed. */
  async begin(userId: number) {
    const secret = newTotpSecret();
    const account = await this.transactions.run(async (em) => {
      const found = await em.findOneBy(UserAccount, { id: userId });
      if (!found) throw new NotFoundError('アカウントが見つかりません。');
      await em.update(UserAccount, { id: userId }, { totpPendingSecret: this.totpSecrets.seal(secret) });
      return found;
    });
    return enrolmentMaterial(secret, account.username);
  }

  /** Confirms with a code from the new secret; returns recovery codes, shown this once only. */
  async confirm(userId: number, sessionId: number, code: string): Promise<{ recoveryCodes: string[] }> {
    const account = await this.transactions.run((em) => em.findOneBy(UserAccount, { id: userId }));
    if (!account?.totpPendingSecret) throw new ConflictError('二要素認証の登録が開始されていません。');
    if (!(await this.login.acceptTotp(account, code, account.totpPendingSecret))) {
      throw new InvalidInputError('確認コードが正しくありません。', [
        { field: 'code', messages: ['確認コードが正しくありません'] },
      ]);
    }
    const recoveryCodes = newRecoveryCodes();
    await this.transactions.run(async (em) => {
      await em.update(
        UserAccount,
        { id: userId },
        { totpSecret: account.totpPendingSecret, totpPendingSecret: null, mfaEnabled: true },
      );
      await em.delete(MfaRecoveryCode, { userId });
      await em.insert(
        MfaRecoveryCode,
        recoveryCodes.map((c) => ({ userId, codeHash: hashRecoveryCode(c), usedAt: null })),
      );
      await this.audit.record({ action: 'auth.mfa.enrolled', targetType: 'user', targetId: userId });
    });
    const session = await this.sessions.findById(sessionId);
    if (session?.stage === 'enrolment-required') await this.sessions.promote(session, 'active', true);
    return { recoveryCodes };
  }

  /** Admin reset (lost device): MFA off, sessions ended; the user enrols again at next login. */
  async reset(userId: number): Promise<void> {
    await this.transactions.run(async (em) => {
      const result = await em.update(
        UserAccount,
        { id: userId },
        { totpSecret: null, totpPendingSecret: null, totpLastStep: null, mfaEnabled: false },
      );
      if (!result.affected) throw new NotFoundError('アカウントが見つかりません。');
      await em.delete(MfaRecoveryCode, { userId });
      await this.audit.record({ action: 'auth.mfa.reset', targetType: 'user', targetId: userId, capacity: 'admin' });
    });
    await this.sessions.revokeAllForUser(userId, 'mfa-reset');
  }
}
