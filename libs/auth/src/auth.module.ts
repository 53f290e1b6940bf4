import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { AccessGuard } from './access/access.guard';
import { AccountService } from './accounts/account.service';
import { PasswordService } from './accounts/password.service';
import { UserAdminService } from './accounts/user-admin.service';
import { AuditQueryService } from './audit/audit-query.service';
import { LoginService } from './login/login.service';
import { LocalStrategy } from './login/local.strategy';
import { LoginRateLimitGuard } from './login/login-rate-limit.guard';
import { MfaEnrolmentService } from './mfa/mfa-enrolment.service';
import { TotpSecretVault } from './mfa/totp-secret-vault';
import { SessionService } from './sessions/session.service';
import { AuthController } from './api/auth.controller';
import { UserAdminController } from './api/user-admin.controller';
import { AuditController } from './api/audit.controller';
import { PortalAccountController } from './api/portal-account.controller';
import { RegistrationController } from './registration/registration.controller';
import { RegistrationService } from './registration/registration.service';
import { MailTransport } from './registration/mail-transport';

@Module({
  imports: [PassportModule],
  controllers: [AuthController, UserAdminController, AuditController, PortalAccountController, RegistrationController],
  providers: [
    AccountService,
    SessionService,
    LoginService,
    LocalStrategy,
    MfaEnrolmentService,
    TotpSecretVault,
    PasswordService,
    UserAdminService,
    AuditQueryService,
    LoginRateLimitGuard,
    RegistrationService,
    MailTransport,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [AccountService, SessionService, PasswordService],
})
export class AuthModule {}
