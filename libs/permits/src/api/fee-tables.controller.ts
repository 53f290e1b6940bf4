import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, PublicAccess, type Principal } from '@ringi/auth';
import { FeeTableService } from '../fee-tables/fee-table.service';
import { CreateFeeTableDto, FeeQuoteDto } from './fee-tables.dto';

@ApiTags('permits: fees')
@Controller('api/permits')
export class FeeTablesController {
  constructor(private readonly fees: FeeTableService) {}

  /** 占用料の試算: the same figures for applicants (internet) and clerks (LGWAN); no personal data involved. */
  @Post('fee-quote')
  @HttpCode(200)
  @PublicAccess('public')
  quote(@Body() body: FeeQuoteDto) {
    const { exemptionPercent, ...rest } = body;
    return this.fees.quote({
      ...rest,
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
  @Access('business', 'permit.process')
  create(@Body() body: CreateFeeTableDto, @CurrentPrincipal() principal: Principal) {
    return this.fees.create(body, principal);
  }
}
