import { Controller, Headers, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Access, CurrentPrincipal, PublicAccess, type Principal } from '@ringi/auth';
import { IdPipe } from '@ringi/platform';
import { BillingService } from '../billing/billing.service';

@ApiTags('permits: payments')
@Controller('api')
export class PaymentsController {
  constructor(private readonly billing: BillingService) {}

  /** Pay one of my bills: a checkout with the payment provider. */
  @Post('portal/permits/bills/:id/checkout')
  @HttpCode(200)
  @Access('portal', 'portal.use')
  checkout(@Param('id', IdPipe) id: number, @CurrentPrincipal() principal: Principal) {
    return this.billing.checkout(id, principal);
  }

  /** The provider's webhook; only a body signed with the shared secret is believed. */
  @Post('payments/webhook')
  @HttpCode(200)
  @PublicAccess('public')
  webhook(@Req() req: Request & { rawBody?: Buffer }, @Headers('x-payment-signature') signature?: string) {
    return this.billing.receive(req.rawBody, signature);
  }

  /** The demo provider's payment page action: pays the checkout and sends the signed webhook. */
  @Post('payments/demo/checkouts/:ref/pay')
  @HttpCode(200)
  @PublicAccess('public')
  payDemo(@Param('ref') ref: string) {
    return this.billing.payWithDemoProvider(ref);
  }
}
