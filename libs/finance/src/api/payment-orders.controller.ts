import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access, CurrentPrincipal, type Principal } from '@ringi/auth';
import { IdPipe } from '@ringi/platform';
import { PaymentOrderService } from '../payment-orders/payment-order.service';
import { TransferRunService } from '../transfers/transfer-run.service';
import {
  CreatePaymentOrderDto,
  PaymentOrderQuery,
  SettleDto,
  TransferRunDto,
  UpdatePaymentOrderDto,
  WithdrawCommentDto,
} from './finance.dto';

@ApiTags('finance: payment orders')
@Controller('api/finance')
export class PaymentOrdersController {
  constructor(
    private readonly orders: PaymentOrderService,
    private readonly transfers: TransferRunService,
  ) {}

  /** The orders the caller may read (the 会計室 sees all). */
  @Get('payment-orders')
  @Access('business', 'finance.use')
  list(@Query() q: PaymentOrderQuery, @CurrentPrincipal() principal: Principal) {
    return this.orders.list(q, principal);
  }

  /** The order with its statutory payment deadline and warnings, route and attachments; 404 to outsiders. */
  @Get('payment-orders/:id')
  @Access('business', 'finance.use')
  get(@Param('id', IdPipe) id: number, @CurrentPrincipal() principal: Principal) {
    return this.orders.get(id, principal);
  }

  /** 支出命令 against a decided commitment, routed to the 課長 and the 会計室 examination. */
  @Post('payment-orders')
  @Access('business', 'finance.use')
  create(@Body() body: CreatePaymentOrderDto, @CurrentPrincipal() principal: Principal) {
    return this.orders.create({ ...body, kind: body.kind ?? 'ordinary' }, principal);
  }

  /** Corrects an order the 会計室 sent back, before passing it on again. */
  @Patch('payment-orders/:id')
  @Access('business', 'finance.use')
  update(
    @Param('id', IdPipe) id: number,
    @Body() body: UpdatePaymentOrderDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.orders.update(id, body, principal);
  }

  @Post('payment-orders/:id/withdraw')
  @HttpCode(200)
  @Access('business', 'finance.use')
  withdraw(
    @Param('id', IdPipe) id: number,
    @Body() body: WithdrawCommentDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.orders.withdraw(id, body.comment ?? null, principal);
  }

  /** 精算 of a paid 概算払. */
  @Post('payment-orders/:id/settle')
  @HttpCode(200)
  @Access('business', 'finance.use')
  settle(@Param('id', IdPipe) id: number, @Body() body: SettleDto, @CurrentPrincipal() principal: Principal) {
    return this.orders.settle(id, body, principal);
  }

  @Get('transfer-batches')
  @Access('business', 'finance.examine')
  batches() {
    return this.transfers.list();
  }

  /** 会計室: pays every examined order in one transfer run. */
  @Post('transfer-batches')
  @Access('business', 'finance.examine')
  run(@Body() body: TransferRunDto, @CurrentPrincipal() principal: Principal) {
    return this.transfers.run(body.transferDate, principal);
  }

  /** The Zengin 総合振込 file of a run, as Shift_JIS bytes. */
  @Get('transfer-batches/:id/transfer-file')
  @Access('business', 'finance.examine')
  async file(@Param('id', IdPipe) id: number, @Res() res: Response) {
    const { batch, bytes } = await this.transfers.file(id);
    res.setHeader('Content-Type', 'text/plain; charset=Shift_JIS');
    res.setHeader('Content-Disposition', `attachment; filename="zengin-${batch.transferDate}-${batch.id}.txt"`);
    res.send(bytes);
  }
}
