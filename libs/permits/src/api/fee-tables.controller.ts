import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, PublicAccess, type Principal } from '@ringi/auth';
import { InvalidInputError } from '@ringi/platform';
import { placeOf } from '../applications/geometry';
import { FeeAreaService } from '../fee-areas/fee-area.service';
import { FeeTableService } from '../fee-tables/fee-table.service';
import { CreateFeeTableDto, FeeQuoteDto } from './fee-tables.dto';

@ApiTags('permits: fees')
@Controller('api/permits')
export class FeeTablesController {
  constructor(
    private readonly fees: FeeTableService,
    private readonly areas: FeeAreaService,
  ) {}

  /** 占用料の試算 by 級地 or by place: the same figures for applicants (internet) and clerks (LGWAN); no personal data involved. */
  @Post('fee-quote')
  @HttpCode(200)
  @PublicAccess('public')
  async quote(@Body() body: FeeQuoteDto) {
    const { exemptionPercent, geometry, feeDistrict, ...rest } = body;
    if (!geometry && feeDistrict === undefined) {
      throw new InvalidInputError('級地か占用の場所を指定してください。', [
        { field: 'geometry', messages: ['占用の場所（または級地）を指定してください'] },
      ]);
    }
    return this.fees.quote({
      ...rest,
      feeDistrict: geometry ? (await this.areas.districtOf(placeOf(geometry), body.from)).feeDistrict : feeDistrict!,
      exemption: exemptionPercent ? { percent: exemptionPercent, reason: '試算' } : undefined,
    });
  }

  @Get('fee-tables')
  @Access('business', 'permit.process')
  list() {
    return this.fees.list();
  }

  /** A new version of the ordinance's table, in force from its date; earlier quotes keep their version. */
  @Post('fee-tables')
  @Access('business', 'permit.admin')
  create(@Body() body: CreateFeeTableDto, @CurrentPrincipal() principal: Principal) {
    return this.fees.create(body, principal);
  }
}
