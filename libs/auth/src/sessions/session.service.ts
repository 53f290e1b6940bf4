import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { Clock, RINGI_CONFIG, selectRows, type RingiConfig, type Zone } from '@ringi/platform';
import { AuthSession, type SessionStage } from './auth-session.entity';

/** How long a half-finished login (password accepted, TOTP pending) stays usable. */
const MFA_CHALLENGE_MINUTES = 5;
/** lastSeenAt is written at most this often, so reading a page does not always write. */
const TOUCH_INTERVAL_MS = 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface NewSession {
  userId: number;
  zone: Zone;
  stage: SessionStage;
  mfaVerified: boolean;
  clientAddress?: string | null;
  userAgent?: string | null;
}

@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(RINGI_CONFIG) private readonly config: RingiConfig,
  ) {}

  private get repo() {
    return this.dataSource.getRepository(AuthSession);
  }

  async create(input: NewSession): Promise<{ token: string; session: AuthSession }> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const lifetimeMs =
      input.stage === 'awaiting-mfa' ? MFA_CHALLENGE_MINUTES * 60_000 : this.config.sessionAbsoluteHours * 3_600_000;
    const session = this.repo.create({
      tokenHash: hashToken(token),
      userId: input.userId,
      zone: input.zone,
      stage: input.stage,
      mfaVerified: input.mfaVerified,
      mfaAttempts: 0,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + lifetimeMs),
      revokedAt: null,
      revokedReason: null,
      clientAddress: input.clientAddress ?? null,
      userAgent: input.userAgent?.slice(0, 255) ?? null,
    });
    await this.repo.insert(session);
    return { token, session };
  }

  /** The live session for a token presented on `zone`, or null if unknown, revoked, idle too long or expired. */
  async resolve(token: string, zone: Zone): Promise<AuthSession | null> {
    // Every authenticated request reads its session: the direct read costs it less CPU than the repository.
    const [session] = await selectRows(
      this.dataSource.manager,
      AuthSession,
      { tokenHash: hashToken(token) },
      { limit: 1 },
    );
    if (!session || session.zone !== zone || !this.isLive(session)) return null;
    const now = this.clock.now();
    if (now.getTime() - new Date(session.lastSeenAt).getTime() > TOUCH_INTERVAL_MS) {
      await this.repo.update({ id: session.id }, { lastSeenAt: now });
      session.lastSeenAt = now;
    }
    return session;
  }

  isLive(session: AuthSession): boolean {
    const now = this.clock.now().getTime();
    if (session.revokedAt) return false;
    if (new Date(session.expiresAt).getTime() <= now) return false;
    const idleLimitMs = this.config.sessionIdleMinutes * 60_000;
    return now - new Date(session.lastSeenAt).getTime() <= idleLimitMs;
  }

  async promote(session: AuthSession, stage: SessionStage, mfaVerified: boolean): Promise<void> {
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.sessionAbsoluteHours * 3_600_000);
    await this.repo.update({ id: session.id }, { stage, mfaVerified, lastSeenAt: now, expiresAt });
  }

  async countMfaAttempt(session: AuthSession): Promise<number> {
    await this.repo.increment({ id: session.id }, 'mfaAttempts', 1);
    return session.mfaAttempts + 1;
  }

  async revoke(sessionId: number, reason: string): Promise<boolean> {
    const result = await this.repo.update(
      { id: sessionId, revokedAt: IsNull() },
      { revokedAt: this.clock.now(), revokedReason: reason },
    );
    return (result.affected ?? 0) > 0;
  }

  async revokeAllForUser(userId: number, reason: string): Promise<number> {
    const result = await this.repo.update(
      { userId, revokedAt: IsNull() },
      { revokedAt: this.clock.now(), revokedReason: reason },
    );
    return result.affected ?? 0;
  }

  async listLive(userId: number): Promise<AuthSession[]> {
    const sessions = await this.repo.find({ where: { userId, revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
    return sessions.filter((s) => this.isLive(s));
  }

  findById(id: number): Promise<AuthSession | null> {
    return this.repo.findOneBy({ id });
  }
}
