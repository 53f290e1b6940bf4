import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Zone } from '@ringi/platform';

/**
 * awaiting-mfa: password accepted, TOTP still to come (only /login/mfa accepts it).
 * enrolment-required: MFA is mandatory but not set up yet (only enrolment and logout accept it).
 * active: a full session.
 */
export type SessionStage = 'awaiting-mfa' | 'enrolment-required' | 'active';

/** A server-side session. Only the sha256 of its token is stored; it is valid on one zone only. */
@Entity('auth_session')
export class AuthSession {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'integer' })
  userId: number;

  @Column({ type: 'varchar', length: 10 })
  zone: Zone;

  @Column({ type: 'varchar', length: 20 })
  stage: SessionStage;

  @Column({ type: 'boolean' })
  mfaVerified: boolean;

  @Column({ type: 'integer' })
  mfaAttempts: number;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ type: 'datetime', precision: 3 })
  lastSeenAt: Date;

  @Column({ type: 'datetime', precision: 3 })
  expiresAt: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  revokedReason: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  clientAddress: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  userAgent: string | null;
}
