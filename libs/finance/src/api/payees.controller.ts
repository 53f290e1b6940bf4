import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access } from '@ringi/auth';
import { IdPipe } from '@ringi/platform';
import { PayeeService } from '../payees/payee.service';
import { CreatePayeeDto, PayeeQuery } from './finance.dto';

@ApiTags('finance: payees')
@Controller('api/finance/payees')
export class PayeesController {
  constructor(private readonly payees: PayeeService) {}

  @Get()
  @Access('business', 'finance.use')
  list(@Query() q: PayeeQuery) {
    return this.payees.list(q);
  }

  @Get(':id')
  @Access('business', 'finance.use')
  get(@Param('id', IdPipe) id: number) {
    return this.payees.get(id);
  }

  /** Registers a payee; the account holder is normalised to the bank's half-width kana. */
  @Post()
  @Access('business', 'finance.use')
  create(@Body() body: CreatePayeeDto) {
    return this.payees.create(body);
  }
}
