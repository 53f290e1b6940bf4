import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access } from '@ringi/auth';
import { IdPipe } from '@ringi/platform';
import { DeputiesService } from '../deputies.service';
import { CreateDeputyDto, DeputyQuery, UpdateDeputyDto } from './deputies.dto';

@ApiTags('org: deputies')
@Controller('api/org/deputies')
export class DeputiesController {
  constructor(private readonly deputies: DeputiesService) {}

  @Get()
  @Access('business', 'org.read')
  list(@Query() query: DeputyQuery) {
    return this.deputies.list(query);
  }

  @Get(':id')
  @Access('business', 'org.read')
  get(@Param('id', IdPipe) id: number) {
    return this.deputies.get(id);
  }

  @Post()
  @Access('admin', 'org.manage')
  create(@Body() body: CreateDeputyDto) {
    return this.deputies.create(body);
  }

  @Patch(':id')
  @Access('admin', 'org.manage')
  update(@Param('id', IdPipe) id: number, @Body() body: UpdateDeputyDto) {
    return this.deputies.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access('admin', 'org.manage')
  async remove(@Param('id', IdPipe) id: number) {
    await this.deputies.remove(id);
  }
}
