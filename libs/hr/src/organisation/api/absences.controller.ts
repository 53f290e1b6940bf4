import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access } from '@ringi/auth';
import { IdPipe } from '@ringi/platform';
import { AbsencesService } from '../absences.service';
import { AbsenceQuery, CreateAbsenceDto, UpdateAbsenceDto } from './absences.dto';

const instant = (value: string | undefined) => (value === undefined ? undefined : new Date(value));

@ApiTags('org: absences')
@Controller('api/org/absences')
export class AbsencesController {
  constructor(private readonly absences: AbsencesService) {}

  @Get()
  @Access('business', 'org.read')
  list(@Query() query: AbsenceQuery) {
    return this.absences.list({ staffId: query.staffId, from: instant(query.from), to: instant(query.to) });
  }

  @Get(':id')
  @Access('business', 'org.read')
  get(@Param('id', IdPipe) id: number) {
    return this.absences.get(id);
  }

  @Post()
  @Access('admin', 'org.manage')
  create(@Body() body: CreateAbsenceDto) {
    return this.absences.create({
      staffId: body.staffId,
      from: new Date(body.from),
      to: new Date(body.to),
      reason: body.reason,
    });
  }

  @Patch(':id')
  @Access('admin', 'org.manage')
  update(@Param('id', IdPipe) id: number, @Body() body: UpdateAbsenceDto) {
    return this.absences.update(id, { from: instant(body.from), to: instant(body.to), reason: body.reason });
  }

  @Delete(':id')
  @HttpCode(204)
  @Access('admin', 'org.manage')
  async remove(@Param('id', IdPipe) id: number) {
    await this.absences.remove(id);
  }
}
