import { Body, Controller, Get, Param, Put, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access } from '@ringi/auth';
import { IdPipe } from '@ringi/platform';
import { OvertimeService } from '../overtime/overtime.service';
import { PatternsService } from '../patterns/patterns.service';
import { AssignPatternDto, CreatePatternDto, DesignationDto, ProfileDto } from './attendance.dto';

/** HR's set-up of attendance: patterns, who works which, profiles with IC cards, 他律的業務 sections. */
@ApiTags('attendance: set-up')
@Controller('api/attendance')
export class PatternsController {
  constructor(
    private readonly patterns: PatternsService,
    private readonly overtime: OvertimeService,
  ) {}

  @Get('patterns')
  @Access('business', 'attendance.use')
  list() {
    return this.patterns.list();
  }

  @Post('patterns')
  @Access('business', 'hr.manage')
  create(@Body() body: CreatePatternDto) {
    return this.patterns.create(body);
  }

  @Get('staff/:staffId/patterns')
  @Access('business', 'hr.manage')
  assignments(@Param('staffId', IdPipe) staffId: number) {
    return this.patterns.assignments(staffId);
  }

  @Put('staff/:staffId/pattern')
  @Access('business', 'hr.manage')
  assign(@Param('staffId', IdPipe) staffId: number, @Body() body: AssignPatternDto) {
    return this.patterns.assign(staffId, body.patternCode, body.startDate);
  }

  @Get('staff/:staffId/profile')
  @Access('business', 'hr.manage')
  profile(@Param('staffId', IdPipe) staffId: number) {
    return this.patterns.profile(staffId);
  }

  @Put('staff/:staffId/profile')
  @Access('business', 'hr.manage')
  setProfile(@Param('staffId', IdPipe) staffId: number, @Body() body: ProfileDto) {
    return this.patterns.setProfile(staffId, { ...body, cardId: body.cardId ?? null });
  }

  @Put('sections/:unitId/designation')
  @Access('business', 'hr.manage')
  designate(@Param('unitId', IdPipe) unitId: number, @Body() body: DesignationDto) {
    return this.overtime.designate(unitId, body.designation);
  }
}
