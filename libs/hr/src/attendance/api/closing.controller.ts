import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access, CurrentPrincipal, type Principal } from '@ringi/auth';
import { csvContentType } from '@ringi/platform';
import { AttendanceAccess } from '../attendance-access';
import { ClosingService } from '../closing/closing.service';
import { PayrollExport } from '../closing/payroll-export';
import { TeamOverview } from '../closing/team-overview';
import { PayrollQuery, ReopenMonthDto, StaffMonthQuery } from './attendance.dto';
import { MonthPipe } from './attendance.pipes';

/** 月次締め: the month sheet, submission, HR's closing and the payroll CSV. */
@ApiTags('attendance: monthly closing')
@Controller('api/attendance/months/:month')
export class ClosingController {
  constructor(
    private readonly closing: ClosingService,
    private readonly payroll: PayrollExport,
    private readonly team: TeamOverview,
    private readonly access: AttendanceAccess,
  ) {}

  /** The month sheet (出勤簿): days with punches, leave, split and flags (打刻漏れ), and totals. */
  @Get()
  @Access('business', 'attendance.use')
  view(
    @CurrentPrincipal() principal: Principal,
    @Param('month', MonthPipe) month: string,
    @Query() query: StaffMonthQuery,
  ) {
    return this.closing.view(principal, query.staffId ?? this.access.self(principal), month);
  }

  @Post('submit')
  @HttpCode(200)
  @Access('business', 'attendance.use')
  submit(@CurrentPrincipal() principal: Principal, @Param('month', MonthPipe) month: string) {
    return this.closing.submit(principal, month);
  }

  /** A supervisor's staff (those they approve for): the state, flags and totals of each one's month. */
  @Get('team')
  @Access('business', 'attendance.use')
  teamMonth(@CurrentPrincipal() principal: Principal, @Param('month', MonthPipe) month: string) {
    return this.team.month(principal, month);
  }

  /** HR: who submitted the month and how far each month got. */
  @Get('overview')
  @Access('business', 'hr.manage')
  overview(@Param('month', MonthPipe) month: string) {
    return this.closing.overview(month);
  }

  @Post('close')
  @HttpCode(200)
  @Access('business', 'hr.manage')
  close(@CurrentPrincipal() principal: Principal, @Param('month', MonthPipe) month: string) {
    return this.closing.close(principal, month);
  }

  @Post('reopen')
  @HttpCode(200)
  @Access('business', 'hr.manage')
  reopen(
    @CurrentPrincipal() principal: Principal,
    @Param('month', MonthPipe) month: string,
    @Body() body: ReopenMonthDto,
  ) {
    return this.closing.reopen(principal, body.staffId, month, body.reason);
  }

  /** 給与連携 CSV of the closed months: UTF-8 with BOM, or Shift_JIS on request. */
  @Get('payroll.csv')
  @Access('business', 'hr.manage')
  async payrollCsv(@Param('month', MonthPipe) month: string, @Query() query: PayrollQuery, @Res() res: Response) {
    const encoding = query.encoding ?? 'utf-8';
    res.setHeader('Content-Type', csvContentType(encoding));
    res.setHeader('Content-Disposition', `attachment; filename="payroll-${month}.csv"`);
    res.send(await this.payroll.csv(month, encoding));
  }
}
