import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { Clock, InvalidInputError, Transactions } from '@ringi/platform';
import { AuditTrail } from '../audit/audit-trail.service';
import { newAccount } from '../accounts/new-account';
import { passwordHasher } from '../accounts/password-hasher';
import { passwordPolicyViolations } from '../accounts/password-policy';
import { UserAccount } from '../accounts/user-account.entity';
import { confirmationMail, duplicateRegistrationMail } from './registration-mails';
import { EmailConfirmation, MailOutbox } from './registration.entities';
import { MailTransport } from './mail-transport';

const CONFIRMATION_HOURS = 24;
const OUTBOX_PAGE = 100;

export interface Registration {
  email: string;
  displayName: string;
  organisationName?: string;
  password: string;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const invalidToken = () =>
  new InvalidInputError('この確認リンクは無効か、有効期限が切れています。', [
    { field: 'token', messages: ['この確認リンクは無効か、有効期限が切れています。もう一度登録してください。'] },
  ]);

/**
 * Applicant self-registration on the portal: the account is created inactive with a one-time
 * confirmation token, mailed; confirming activates it. Account, token, mail and audit row are one
 * transaction, so a failure leaves nothing half-written.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly transactions: Transactions,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
    private readonly mail: MailTransport,
  ) {}

  /**
   * Always ends the same way for the caller, so the portal does not tell who is registered: an
   * address already in use gets a mail saying so instead of a second account.
   */
  async register(input: Registration, portalUrl: string): Promise<void> {
    const email = input.email.trim().toLowerCase();
    const violations = passwordPolicyViolations(input.password, email);
    if (violations.length > 0) {
      throw new InvalidInputError('入力内容に誤りがあります。', [{ field: 'password', messages: violations }]);
    }
    const passwordHash = await passwordHasher.hash(input.password);
    const outboxIds = await this.transactions.run(async (em) => {
      const now = this.clock.now();
      const existing = await em.findOne(UserAccount, { where: { username: email } });
      if (existing) {
        const id = await this.queue(em, { to: email, ...duplicateRegistrationMail(portalUrl) });
        return [id];
      }
      const account = em.create(
        UserAccount,
        newAccount(
          {
            username: email,
            displayName: input.displayName.trim(),
            kind: 'applicant',
            email,
            organisationName: input.organisationName?.trim() || null,
            passwordHash,
            passwordChangedAt: now,
            active: false,
          },
          now,
        ),
      );
      await em.insert(UserAccount, account);
      const token = randomBytes(32).toString('base64url');
      await em.insert(EmailConfirmation, {
        userId: account.id,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + CONFIRMATION_HOURS * 3600_000),
        usedAt: null,
        createdAt: now,
      });
      const id = await this.queue(em, { to: email, ...confirmationMail(portalUrl, token, CONFIRMATION_HOURS) });
      await this.audit.record({
        action: 'portal.applicant.registered',
        targetType: 'user-account',
        targetId: account.id,
        actor: { userId: account.id, name: email },
      });
      return [id];
    });
    await this.deliver(outboxIds);
  }

  /** Confirms the address and activates the account; a token works once, within its lifetime. */
  confirm(token: string): Promise<void> {
    return this.transactions.run(async (em) => {
      const now = this.clock.now();
      const row = await em.findOne(EmailConfirmation, {
        where: { tokenHash: hashToken(token), usedAt: IsNull() },
        ...this.transactions.lock,
      });
      if (!row || row.expiresAt.getTime() <= now.getTime()) throw invalidToken();
      await em.update(EmailConfirmation, { id: row.id }, { usedAt: now });
      await em.update(UserAccount, { id: row.userId }, { active: true, emailVerifiedAt: now });
      await this.audit.record({
        action: 'portal.applicant.emailConfirmed',
        targetType: 'user-account',
        targetId: row.userId,
        actor: { userId: row.userId, name: null },
      });
    });
  }

  /** The newest mails first, for an administrator to read (the demo's stand-in for a mail server). */
  async outbox(): Promise<MailOutbox[]> {
    return this.dataSource.getRepository(MailOutbox).find({ order: { id: 'DESC' }, take: OUTBOX_PAGE });
  }

  private async queue(em: EntityManager, mail: { to: string; subject: string; text: string }): Promise<number> {
    const row = em.create(MailOutbox, {
      recipient: mail.to,
      subject: mail.subject,
      body: mail.text,
      createdAt: this.clock.now(),
      sentAt: null,
      error: null,
    });
    await em.insert(MailOutbox, row);
    return row.id;
  }

  /** After commit: hand queued mail to SMTP when configured; the outbox row records the result. */
  private async deliver(ids: number[]): Promise<void> {
    if (!this.mail.configured) return;
    const repo = this.dataSource.getRepository(MailOutbox);
    for (const id of ids) {
      const row = await repo.findOneByOrFail({ id });
      const result = await this.mail.send({ to: row.recipient, subject: row.subject, text: row.body });
      await repo.update({ id }, result.ok ? { sentAt: this.clock.now() } : { error: result.error });
    }
  }
}
