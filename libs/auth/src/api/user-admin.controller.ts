import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdPipe } from '@ringi/platform';
import { Access } from '../access/access.decorator';
import { UserAdminService } from '../accounts/user-admin.service';
import { PasswordService } from '../accounts/password.service';
import { MfaEnrolmentService } from '../mfa/mfa-enrolment.service';
import { SessionService } from '../sessions/session.service';
import { describeSession } from './auth.controller';
import {
  CreateStaffAccountDto,
  ListAccountsQuery,
  ReplaceRolesDto,
  ResetPasswordDto,
  UpdateAccountDto,
} from './user-admin.dto';

@ApiTags('admin: users')
@Controller('api/admin')
export class UserAdminController {
  constructor(
    private readonly users: UserAdminService,
    private readonly passwords: PasswordService,
    private readonly mfa: MfaEnrolmentService,
    private readonly sessions: SessionService,
  ) {}

  @Get('users')
  @Access('admin', 'user.manage')
  list(@Query() query: ListAccountsQuery) {
    return this.users.list(query);
  }

  @Post('users')
  @Access('admin', 'user.manage')
  create(@Body() body: CreateStaffAccountDto) {
    return this.users.createStaff({
      ...body,
      roles: body.roles?.map((r) => ({ role: r.role, scopeUnitId: r.scopeUnitId ?? null })),
    });
  }

  @Get('users/:id')
  @Access('admin', 'user.manage')
  get(@Param('id', IdPipe) id: number) {
    return this.users.get(id);
  }

  @Patch('users/:id')
  @Access('admin', 'user.manage')
  update(@Param('id', IdPipe) id: number, @Body() body: UpdateAccountDto) {
    return this.users.update(id, body);
  }

  @Put('users/:id/roles')
  @Access('admin', 'user.manage')
  replaceRoles(@Param('id', IdPipe) id: number, @Body() body: ReplaceRolesDto) {
    return this.users.replaceRoles(
      id,
      body.roles.map((r) => ({ role: r.role, scopeUnitId: r.scopeUnitId ?? null })),
    );
  }

  @Post('users/:id/unlock')
  @HttpCode(200)
  @Access('admin', 'user.manage')
  unlock(@Param('id', IdPipe) id: number) {
    return this.users.unlock(id);
  }

  @Post('users/:id/password')
  @HttpCode(204)
  @Access('admin', 'user.manage')
  async resetPassword(@Param('id', IdPipe) id: number, @Body() body: ResetPasswordDto) {
    await this.passwords.reset(id, body.newPassword);
  }

  @Post('users/:id/mfa/reset')
  @HttpCode(204)
  @Access('admin', 'user.manage')
  async resetMfa(@Param('id', IdPipe) id: number) {
    await this.mfa.reset(id);
  }

  @Get('users/:id/sessions')
  @Access('admin', 'user.manage')
  async userSessions(@Param('id', IdPipe) id: number) {
    return (await this.sessions.listLive(id)).map(describeSession);
  }

  @Post('users/:id/sessions/revoke')
  @HttpCode(200)
  @Access('admin', 'user.manage')
  revokeAll(@Param('id', IdPipe) id: number) {
    return this.users.revokeAllSessions(id);
  }

  @Delete('sessions/:id')
  @HttpCode(204)
  @Access('admin', 'user.manage')
  async revoke(@Param('id', IdPipe) id: number) {
    await this.users.revokeSession(id);
  }
}
