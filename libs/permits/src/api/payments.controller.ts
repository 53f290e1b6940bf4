import { Body, Controller, Get, Headers, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiProduces, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import type { Request, Response } from 'express';
import { IsCalendarDate } from '@ringi/hr';
import { Access, CurrentPrincipal, PublicAccess, type Principal } from '@ringi/auth';
import { IdPipe, sendFile } from '@ringi/platform';
import { BillingService } from '../billing/billing.service';
import { PaymentSlipService } from '../billing/payment-slip.service';

export class SlipPaymentDto {
  @ApiProperty({ description: '領収済通知書の領収番号', example: 'R2026-000123' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  @Matches(/^[\x21-\x7e]+$/, { message: '領収番号は半角英数字と記号で入力してください' })
  receiptNumber: string;

  @ApiProperty({ description: '納付日', example: '2026-05-01' })
  @IsCalendarDate()
  paidOn: string;
}

const PDF = 'application/pdf';

@ApiTags('permits: payments')
@Controller('api')
export class PaymentsController {
  constructor(
    private readonly billing: BillingService,
    private readonly slips: PaymentSlipService,
  ) {}

  /** 納付書 of one of my bills, to pay at a bank or convenience store. */
  @Get('portal/permits/bills/:id/slip.pdf')
  @ApiProduces(PDF)
  @Access('portal', 'portal.use')
  async ownSlip(@Param('id', IdPipe) id: number, @CurrentPrincipal() principal: Principal, @Res() res: Response) {
    sendFile(res, { ...(await this.slips.slipOf(id, principal.userId)), mediaType: PDF });
  }

  /** 納付書 of any bill, printed at the counter. */
  @Get('permits/bills/:id/slip.pdf')
  @ApiProduces(PDF)
  @Access('business', 'permit.process')
  async slip(@Param('id', IdPipe) id: number, @Res() res: Response) {
    sendFile(res, { ...(await this.slips.slipOf(id, null)), mediaType: PDF });
  }

  /** A 納付書 paid at a bank, recorded from its receipt; the same receipt twice is recorded once. */
  @Post('permits/bills/:id/slip-payment')
  @HttpCode(200)
  @Access('business', 'permit.process')
  recordSlipPayment(@Param('id', IdPipe) id: number, @Body() body: SlipPaymentDto) {
    return this.billing.recordSlipPayment(id, body.receiptNumber, body.paidOn);
  }

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
