import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, type Principal } from '@ringi/auth';
import { IdPipe } from '@ringi/platform';
import { AttendanceCases } from '../attendance-cases';

/** The business object of an attendance approval, for the screen its inbox task links to. */
@ApiTags('attendance: cases')
@Controller('api/attendance/cases')
export class CasesController {
  constructor(private readonly cases: AttendanceCases) {}

  @Get(':process/:id')
  @Access('business', 'attendance.use')
  find(@CurrentPrincipal() principal: Principal, @Param('process') process: string, @Param('id', IdPipe) id: number) {
    return this.cases.find(principal, process, id);
  }
}
