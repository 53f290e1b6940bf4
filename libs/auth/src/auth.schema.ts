import { AuditChainHead, AuditEvent } from './audit/audit-event.entity';
import { MfaRecoveryCode, UserAccount, UserRole } from './accounts/user-account.entity';
import { AuthSession } from './sessions/auth-session.entity';
import { DatabaseCharset1763999999000 } from './migrations/1763999999000-database-charset';
import { AuthAndAudit1764000000000 } from './migrations/1764000000000-auth-and-audit';
import { TotpSecretWidth1770600000000 } from './migrations/1770600000000-totp-secret-width';
import { EmailConfirmation, MailOutbox } from './registration/registration.entities';
import { ApplicantRegistration1765100000000 } from './registration/1765100000000-applicant-registration';

export const AUTH_ENTITIES = [
  AuditEvent,
  AuditChainHead,
  UserAccount,
  UserRole,
  MfaRecoveryCode,
  AuthSession,
  EmailConfirmation,
  MailOutbox,
];
export const AUTH_MIGRATIONS = [
  DatabaseCharset1763999999000,
  AuthAndAudit1764000000000,
  ApplicantRegistration1765100000000,
  TotpSecretWidth1770600000000,
];
