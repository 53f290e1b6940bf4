import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AccountKind } from '../access/zone-model';
import type { Role } from '../access/permissions';

/** A login. Staff accounts point at their HR record; applicant accounts exist only on the internet listener. */
@Entity('user_account')
export class UserAccount {
  @PrimaryGeneratedColumn()
  id: number;

  /** Lower-cased; applicants use their e-mail address. */
  @Column({ type: 'varchar', length: 254 })
  username: string;

  @Column({ type: 'varchar', length: 12 })
  kind: AccountKind;

  @Column({ type: 'varchar', length: 100 })
  displayName: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  organisationName: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  passwordHash: string | null;

  @Column({ type: 'integer', nullable: true })
  staffId: number | null;

  @Column({ type: 'boolean' })
  active: boolean;

  @Column({ type: 'integer' })
  failedLoginCount: number;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  lockedUntil: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  passwordChangedAt: Date | null;

  @Column({ type: 'varchar', length: 128, nullable: true })
  totpSecret: string | null;

  @Column({ type: 'varchar', length: 128, nullable: true })
  totpPendingSecret: string | null;

  /** The last TOTP time step accepted, so a code cannot be replayed. */
  @Column({ type: 'integer', nullable: true })
  totpLastStep: number | null;

  @Column({ type: 'boolean' })
  mfaEnabled: boolean;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  emailVerifiedAt: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  lastLoginAt: Date | null;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;
}

@Entity('user_role')
export class UserRole {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  userId: number;

  @Column({ type: 'varchar', length: 40 })
  role: Role;

  @Column({ type: 'integer', nullable: true })
  scopeUnitId: number | null;
}

@Entity('mfa_recovery_code')
export class MfaRecoveryCode {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  userId: number;

  @Column({ type: 'varchar', length: 64 })
  codeHash: string;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  usedAt: Date | null;
}
