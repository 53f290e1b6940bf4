import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, type Principal } from '@ringi/auth';
import { Clock } from '@ringi/platform';
import { jstDateOf } from '../../organisation/domain/dates';
import { AttendanceAccess } from '../attendance-access';
import { monthRange } from '../clocking/day-split';
import { LeaveService } from '../leave/leave.service';
import { BalanceQuery, LeaveRequestDto, StaffMonthListQuery } from './attendance.dto';

/** 休暇: kinds, balances and requests. */
@ApiTags('attendance: leave')
@Controller('api/attendance/leave')
export class LeaveController {
  constructor(
    private readonly leave: LeaveService,
    private readonly access: AttendanceAccess,
    private readonly clock: Clock,
  ) {}

  @Get('kinds')
  @Access('business', 'attendance.use')
  kinds() {
    return this.leave.kinds();
  }

  @Get('balances')
  @Access('business', 'attendance.use')
  balances(@CurrentPrincipal() principal: Principal, @Query() query: BalanceQuery) {
    const staffId = query.staffId ?? this.access.self(principal);
    return this.leave.balances(principal, staffId, query.date ?? jstDateOf(this.clock.now()));
  }

  @Post('requests')
  @Access('business', 'attendance.use')
  request(@CurrentPrincipal() principal: Principal, @Body() body: LeaveRequestDto) {
    return this.leave.request(principal, body);
  }

  @Get('requests')
  @Access('business', 'attendance.use')
  list(@CurrentPrincipal() principal: Principal, @Query() query: StaffMonthListQuery) {
    const { first, last } = monthRange(query.month);
    return this.leave.list(principal, query.staffId ?? this.access.self(principal), first, last);
  }
}
