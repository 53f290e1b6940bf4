import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access } from '@ringi/auth';
import { IdPipe } from '@ringi/platform';
import { OrganisationService } from '../organisation.service';
import { PostingsService } from '../postings.service';
import { StaffService } from '../staff.service';
import { TransferDto } from './postings.dto';
import { CreateStaffDto, StaffQuery, UpdateStaffDto } from './staff.dto';
import { DateQuery, SuperiorsQuery } from './units.dto';

@ApiTags('org: staff')
@Controller('api/org/staff')
export class StaffController {
  constructor(
    private readonly staff: StaffService,
    private readonly postings: PostingsService,
    private readonly organisation: OrganisationService,
  ) {}

  /** Search staff: ?q (職員番号・氏名・カナ), ?unitId (&subtree) on ?date, paged by limit/offset. */
  @Get()
  @Access('business', 'org.read')
  list(@Query() query: StaffQuery) {
    return this.staff.list(query);
  }

  @Get(':id')
  @Access('business', 'org.read')
  get(@Param('id', IdPipe) id: number) {
    return this.staff.get(id);
  }

  /** The posts held on a date (main post first, then 兼務). */
  @Get(':id/posts')
  @Access('business', 'org.read')
  posts(@Param('id', IdPipe) id: number, @Query() query: DateQuery) {
    return this.organisation.postsOf(id, query.date ?? this.organisation.today());
  }

  /** The chain of superiors on a date, closest first. */
  @Get(':id/superiors')
  @Access('business', 'org.read')
  superiors(@Param('id', IdPipe) id: number, @Query() query: SuperiorsQuery) {
    return this.organisation.superiorsOf(id, query.date ?? this.organisation.today(), { maxRank: query.maxRank });
  }

  @Post()
  @Access('admin', 'org.manage')
  create(@Body() body: CreateStaffDto) {
    return this.staff.create(body);
  }

  @Patch(':id')
  @Access('admin', 'org.manage')
  update(@Param('id', IdPipe) id: number, @Body() body: UpdateStaffDto) {
    return this.staff.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access('admin', 'org.manage')
  async remove(@Param('id', IdPipe) id: number) {
    await this.staff.remove(id);
  }

  /** Registers a transfer (異動), possibly in advance: closes the main post the day before, opens the new one. */
  @Post(':id/transfers')
  @Access('admin', 'org.manage')
  transfer(@Param('id', IdPipe) id: number, @Body() body: TransferDto) {
    return this.postings.transfer(id, body);
  }
}
