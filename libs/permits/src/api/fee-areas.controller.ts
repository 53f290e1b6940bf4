import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, PublicAccess, type Principal } from '@ringi/auth';
import { jstDateOf } from '@ringi/hr';
import { Clock } from '@ringi/platform';
import { FeeAreaService } from '../fee-areas/fee-area.service';
import { placeOf } from '../applications/geometry';
import { CreateFeeAreaTableDto, PlaceDistrictDto } from './fee-areas.dto';

@ApiTags('permits: fees')
@Controller('api/permits')
export class FeeAreasController {
  constructor(
    private readonly areas: FeeAreaService,
    private readonly clock: Clock,
  ) {}

  /** The 級地 of a place, for the application form and the clerks' map: public, no personal data. */
  @Post('fee-district')
  @HttpCode(200)
  @PublicAccess('public')
  district(@Body() body: PlaceDistrictDto) {
    return this.areas.districtOf(placeOf(body.geometry), body.on ?? jstDateOf(this.clock.now()));
  }

  /** Every version of the area table, newest first (the map draws the one in force). */
  @Get('fee-area-tables')
  @PublicAccess('public')
  list() {
    return this.areas.list();
  }

  /** A new version of the 級地 areas, in force from its date. */
  @Post('fee-area-tables')
  @Access('business', 'permit.admin')
  create(@Body() body: CreateFeeAreaTableDto, @CurrentPrincipal() principal: Principal) {
    return this.areas.create(body, principal);
  }
}
