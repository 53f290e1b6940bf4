import { Injectable } from '@nestjs/common';
import { AuthenticationError, Clock, InvalidInputError, NotFoundError, Transactions } from '@ringi/platform';
import { UserAccount } from './user-account.entity';
import { passwordHasher } from './password-hasher';
import { passwordPolicyViolations } from './password-policy';
import { AuditTrail } from '../audit/audit-trail.service';
import { SessionService } from '../sessions/session.service';

@Injectable()
export class PasswordService {
  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditTrail,
    private readonly sessions: SessionService,
    private readonly clock: Clock,
  ) {}

  /** Checks the policy and returns the hash to store; throws a 400 naming the field otherwise. */
  async hashAcceptable(password: string, username: string, field = 'password'): Promise<string> {
    const problems = passwordPolicyViolations(password, username);
    if (problems.length > 0)
      throw new InvalidInputError('パスワードが規則を満たしていません。', [{ field, messages: problems }]);
    return passwordHasher.hash(password);
  }

  /** The user's own change: other sessions end, the current one stays. */
  async change(userId: number, currentSessionId: number, currentPassword: string, newPassword: string): Promise<void> {
    const account = await this.transactions.run((em) => em.findOneBy(UserAccount, { id: userId }));
    if (!account) throw new NotFoundError('アカウントが見つかりません。');
    if (!(await passwordHasher.verify(account.passwordHash, currentPassword))) {
      throw new AuthenticationError('現在のパスワードが正しくありません。');
    }
    if (currentPassword === newPassword) {
      throw new InvalidInputError('パスワードが規則を満たしていません。', [
        { field: 'newPassword', messages: ['現在と異なるパスワードにしてください'] },
      ]);
    }
    const hash = await this.hashAcceptable(newPassword, account.username, 'newPassword');
    await this.transactions.run(async (em) => {
      await em.update(UserAccount, { id: userId }, { passwordHash: hash, passwordChangedAt: this.clock.now() });
      await this.audit.record({ action: 'auth.password.changed', targetType: 'user', targetId: userId });
    });
    for (const s of await this.sessions.listLive(userId)) {
      if (s.id !== currentSessionId) await this.sessions.revoke(s.id, 'password-changed');
    }
  }

  /** An administrator sets a new password: every session of that user ends. */
  async reset(userId: number, newPassword: string): Promise<void> {
    const account = await this.transactions.run((em) => em.findOneBy(UserAccount, { id: userId }));
    if (!account) throw new NotFoundError('アカウントが見つかりません。');
    const hash = await this.hashAcceptable(newPassword, account.username, 'newPassword');
    await this.transactions.run(async (em) => {
      await em.update(
        UserAccount,
        { id: userId },
        { passwordHash: hash, passwordChangedAt: this.clock.now(), failedLoginCount: 0, lockedUntil: null },
      );
      await this.audit.record({
        action: 'user.password.reset',
        targetType: 'user',
        targetId: userId,
        capacity: 'admin',
      });
    });
    await this.sessions.revokeAllForUser(userId, 'password-reset');
  }
}
