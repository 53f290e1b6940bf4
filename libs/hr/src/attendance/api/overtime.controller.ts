import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, type Principal } from '@ringi/auth';
import { IdPipe } from '@ringi/platform';
import { AttendanceAccess } from '../attendance-access';
import { OvertimeService } from '../overtime/overtime.service';
import { ConfirmOvertimeDto, OvertimeAssessmentQuery, OvertimeOrderDto, StaffMonthListQuery } from './attendance.dto';

/** 時間外勤務命令 and its confirmation, by the supervisor. */
@ApiTags('attendance: overtime')
@Controller('api/attendance/overtime-orders')
export class OvertimeController {
  constructor(
    private readonly overtime: OvertimeService,
    private readonly access: AttendanceAccess,
  ) {}

  @Post()
  @Access('business', 'attendance.use')
  order(@CurrentPrincipal() principal: Principal, @Body() body: OvertimeOrderDto) {
    return this.overtime.order(principal, body);
  }

  /** The limits an order would reach, before it is made: warnings near a limit, what needs the extra approval. */
  @Get('assessment')
  @Access('business', 'attendance.use')
  assessment(@CurrentPrincipal() principal: Principal, @Query() query: OvertimeAssessmentQuery) {
    return this.overtime.preview(principal, query.staffId, query.workDate, query.minutes);
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @Access('business', 'attendance.use')
  confirm(@CurrentPrincipal() principal: Principal, @Param('id', IdPipe) id: number, @Body() body: ConfirmOvertimeDto) {
    return this.overtime.confirm(principal, id, body.minutes);
  }

  @Get()
  @Access('business', 'attendance.use')
  list(@CurrentPrincipal() principal: Principal, @Query() query: StaffMonthListQuery) {
    return this.overtime.list(principal, query.staffId ?? this.access.self(principal), query.month);
  }
}
