import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, type Principal } from '@ringi/auth';
import { IdPipe } from '@ringi/platform';
import { BudgetService } from '../budget/budget.service';
import { BudgetLineQuery, CreateBudgetLineDto, CreateBudgetTransferDto, SupplementDto } from './finance.dto';

@ApiTags('finance: budget')
@Controller('api/finance')
export class BudgetController {
  constructor(private readonly budget: BudgetService) {}

  /** Budget lines with their live balance (予算現額, 予約, 負担行為, 支出済, 執行可能額). */
  @Get('budget-lines')
  @Access('business', 'finance.use')
  list(@Query() q: BudgetLineQuery) {
    return this.budget.list(q);
  }

  @Get('budget-lines/:id')
  @Access('business', 'finance.use')
  get(@Param('id', IdPipe) id: number) {
    return this.budget.detail(id);
  }

  /** A new line with its 当初予算 (財政課). */
  @Post('budget-lines')
  @Access('business', 'finance.budget')
  create(@Body() body: CreateBudgetLineDto, @CurrentPrincipal() principal: Principal) {
    return this.budget.createLine(body, principal);
  }

  /** 補正 (財政課); a 減額補正 may not take away what is already used. */
  @Post('budget-lines/:id/supplements')
  @Access('business', 'finance.budget')
  supplement(@Param('id', IdPipe) id: number, @Body() body: SupplementDto, @CurrentPrincipal() principal: Principal) {
    return this.budget.supplement(id, body.amount, body.reason, principal);
  }

  /** 流用: reserved on the source line and routed to the 課長 and the 財政課. */
  @Post('budget-transfers')
  @Access('business', 'finance.use')
  transfer(@Body() body: CreateBudgetTransferDto, @CurrentPrincipal() principal: Principal) {
    return this.budget.requestTransfer(body, principal);
  }

  @Get('budget-transfers/:id')
  @Access('business', 'finance.use')
  getTransfer(@Param('id', IdPipe) id: number) {
    return this.budget.transfer(id);
  }
}
