import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, type Principal } from '@ringi/auth';
import { IdPipe } from '@ringi/platform';
import { AttendanceAccess } from '../attendance-access';
import { ClockingService } from '../clocking/clocking.service';
import { CorrectionsService } from '../clocking/corrections.service';
import { TeamOverview } from '../closing/team-overview';
import { CardPunchDto, CorrectionDto, DayTimesDto, HrDayDto, StaffMonthListQuery } from './attendance.dto';
import { DatePipe, instantOrNull } from './attendance.pipes';

/** 打刻 and 打刻修正. */
@ApiTags('attendance: clocking')
@Controller('api/attendance')
export class ClockingController {
  constructor(
    private readonly clocking: ClockingService,
    private readonly corrections: CorrectionsService,
    private readonly access: AttendanceAccess,
    private readonly team: TeamOverview,
  ) {}

  @Get('today')
  @Access('business', 'attendance.use')
  today(@CurrentPrincipal() principal: Principal) {
    return this.clocking.today(principal);
  }

  @Post('clock-in')
  @HttpCode(200)
  @Access('business', 'attendance.use')
  clockIn(@CurrentPrincipal() principal: Principal) {
    return this.clocking.clockSelf(principal, 'in');
  }

  @Post('clock-out')
  @HttpCode(200)
  @Access('business', 'attendance.use')
  clockOut(@CurrentPrincipal() principal: Principal) {
    return this.clocking.clockSelf(principal, 'out');
  }

  /** IC-card readers: accounts with the attendance-terminal role, which can do nothing else. */
  @Post('card-punches')
  @HttpCode(200)
  @Access('business', 'attendance.card')
  card(@CurrentPrincipal() principal: Principal, @Body() body: CardPunchDto) {
    return this.clocking.clockByCard(principal, body.cardId);
  }

  /** The staff the 庶務担当 enters for. */
  @Get('proxy/staff')
  @Access('business', 'attendance.proxy')
  proxyStaff(@CurrentPrincipal() principal: Principal) {
    return this.team.clerkStaff(principal);
  }

  /** 代理入力 by the section's 庶務担当. */
  @Put('staff/:staffId/days/:date')
  @Access('business', 'attendance.proxy')
  proxy(
    @CurrentPrincipal() principal: Principal,
    @Param('staffId', IdPipe) staffId: number,
    @Param('date', DatePipe) date: string,
    @Body() body: DayTimesDto,
  ) {
    return this.clocking.enterAsProxy(principal, staffId, date, {
      clockInAt: instantOrNull(body.clockInAt),
      clockOutAt: instantOrNull(body.clockOutAt),
    });
  }

  /** HR's change of a day; of a closed month only with a reason. */
  @Put('hr/staff/:staffId/days/:date')
  @Access('business', 'hr.manage')
  hr(
    @CurrentPrincipal() principal: Principal,
    @Param('staffId', IdPipe) staffId: number,
    @Param('date', DatePipe) date: string,
    @Body() body: HrDayDto,
  ) {
    return this.clocking.enterAsHr(
      principal,
      staffId,
      date,
      { clockInAt: instantOrNull(body.clockInAt), clockOutAt: instantOrNull(body.clockOutAt) },
      body.reason ?? null,
    );
  }

  @Post('corrections')
  @Access('business', 'attendance.use')
  requestCorrection(@CurrentPrincipal() principal: Principal, @Body() body: CorrectionDto) {
    return this.corrections.request(principal, {
      workDate: body.workDate,
      clockInAt: body.clockInAt ? new Date(body.clockInAt) : null,
      clockOutAt: body.clockOutAt ? new Date(body.clockOutAt) : null,
      reason: body.reason,
    });
  }

  @Get('corrections')
  @Access('business', 'attendance.use')
  listCorrections(@CurrentPrincipal() principal: Principal, @Query() query: StaffMonthListQuery) {
    return this.corrections.list(principal, query.staffId ?? this.access.self(principal), query.month);
  }
}
