import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access } from '@ringi/auth';
import { Clock, IdPipe } from '@ringi/platform';
import { OrganisationService } from '../organisation.service';
import { UnitsService } from '../units.service';
import { CreateUnitDto, DeputyOfQuery, HoldersQuery, MembersQuery, UnitTreeQuery, UpdateUnitDto } from './units.dto';

@ApiTags('org: units')
@Controller('api/org')
export class UnitsController {
  constructor(
    private readonly units: UnitsService,
    private readonly organisation: OrganisationService,
    private readonly clock: Clock,
  ) {}

  @Get('positions')
  @Access('business', 'org.read')
  positions() {
    return this.organisation.positions();
  }

  /** The organisation chart as a tree (市 → 部 → 課 → 係). */
  @Get('units')
  @Access('business', 'org.read')
  tree(@Query() query: UnitTreeQuery) {
    return this.units.tree({ includeInactive: query.includeInactive });
  }

  @Get('units/:id')
  @Access('business', 'org.read')
  get(@Param('id', IdPipe) id: number) {
    return this.units.get(id);
  }

  /** The unit and its ancestors up to the city, nearest first. */
  @Get('units/:id/ancestors')
  @Access('business', 'org.read')
  ancestors(@Param('id', IdPipe) id: number) {
    return this.organisation.unitAncestors(id);
  }

  /** Who is posted in the unit (and, by default, below it) on a date. */
  @Get('units/:id/members')
  @Access('business', 'org.read')
  async members(@Param('id', IdPipe) id: number, @Query() query: MembersQuery) {
    const date = query.date ?? this.organisation.today();
    if (query.subtree === false) {
      return (await this.organisation.membersOfUnitSubtree(id, date)).filter((m) => m.unitId === id);
    }
    return this.organisation.membersOfUnitSubtree(id, date);
  }

  /** Holders of a post in the unit on a date; `nearest=true` climbs to the nearest ancestor holding it. */
  @Get('units/:id/holders')
  @Access('business', 'org.read')
  async holders(@Param('id', IdPipe) id: number, @Query() query: HoldersQuery) {
    const date = query.date ?? this.organisation.today();
    if (query.nearest) {
      const holder = await this.organisation.nearestPostHolder(id, query.positionCode, date);
      return holder ? [holder] : [];
    }
    return this.organisation.holdersOf(id, query.positionCode, date);
  }

  /** The deputy (代決者) of a post at an instant (default: now). */
  @Get('units/:id/deputy')
  @Access('business', 'org.read')
  async deputy(@Param('id', IdPipe) id: number, @Query() query: DeputyOfQuery) {
    const at = query.at ? new Date(query.at) : this.clock.now();
    return { at, resolution: await this.organisation.deputyOf(id, query.positionCode, at) };
  }

  @Post('units')
  @Access('admin', 'org.manage')
  create(@Body() body: CreateUnitDto) {
    return this.units.create(body);
  }

  @Patch('units/:id')
  @Access('admin', 'org.manage')
  update(@Param('id', IdPipe) id: number, @Body() body: UpdateUnitDto) {
    return this.units.update(id, body);
  }

  @Delete('units/:id')
  @HttpCode(204)
  @Access('admin', 'org.manage')
  async remove(@Param('id', IdPipe) id: number) {
    await this.units.remove(id);
  }
}
