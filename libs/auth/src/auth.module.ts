import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { RINGI_CONFIG, type RingiConfig } from '@ringi/platform';
import { AccessGuard } from './access/access.guard';
import { AccountService } from './accounts/account.service';
import { PasswordService } from './accounts/password.service';
import { UserAdminService } from './accounts/user-admin.service';
import { AuditQueryService } from './audit/audit-query.service';
import { LoginService } from './login/login.service';
import { LocalStrategy } from './login/local.strategy';
import { MfaEnrolmentService } from './mfa/mfa-enrolment.service';
import { SessionService } from './sessions/session.service';
import { AuthController } from './api/auth.controller';
import { UserAdminController } from './api/user-admin.controller';
import { AuditController } from './api/audit.controller';

@Module({
  imports: [PassportModule, ThrottlerModule.forRootAsync({
      inject: [RINGI_CONFIG],
      useFactory: (config: RingiConfig) => [{ ttl: 60_000, limit: config.loginRatePerMinute }],
    }),],
  controllers: [AuthController, UserAdminController, AuditController],
  providers: [
    AccountService,
    SessionService,
    LoginService,
    LocalStrategy,
    MfaEnrolmentService,
    PasswordService,
    UserAdminService,
    AuditQueryService,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [AccountService, SessionService, PasswordService],
})
export class AuthModule {}
