import { AuditChainHead, AuditEvent } from './audit/audit-event.entity';
import { MfaRecoveryCode, UserAccount, UserRole } from './accounts/user-account.entity';
import { AuthSession } from './sessions/auth-session.entity';
import { DatabaseCharset1763999999000 } from './migrations/1763999999000-database-charset';
import { AuthAndAudit1764000000000 } from './migrations/1764000000000-auth-and-audit';

export const AUTH_ENTITIES = [AuditEvent, AuditChainHead, UserAccount, UserRole, MfaRecoveryCode, AuthSession];
export const AUTH_MIGRATIONS = [DatabaseCharset1763999999000, AuthAndAudit1764000000000];
