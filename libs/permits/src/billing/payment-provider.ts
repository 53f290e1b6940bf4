import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { RINGI_CONFIG, installSecret, type RingiConfig } from '@ringi/platform';

/** What a provider's webhook tells ringi: a checkout was paid. */
export interface PaymentEvent {
  checkoutRef: string;
  paymentRef: string;
  amountYen: number;
}

/**
 * The payment provider adapter: a checkout per bill, and webhooks whose signature (HMAC-SHA256 over the raw
 * body, hex, in X-Payment-Signature) is verified before anything is believed. The built-in demo provider
 * signs its own webhooks with the same secret, so it goes through exactly the same path. The secret is
 * RINGI_PAYMENT_WEBHOOK_SECRET, or else this installation's own random one: never a value anyone could read in
 * the code and use to forge a payment.
 */
@Injectable()
export class PaymentProvider {
  readonly name = 'demo';
  private readonly secret: Buffer | string;

  constructor(@Inject(RINGI_CONFIG) config: RingiConfig) {
    this.secret = config.paymentWebhookSecret ?? installSecret(config.dataDir, 'payment-webhook.secret');
  }

  newCheckoutRef(): string {
    return `chk_${randomBytes(12).toString('hex')}`;
  }

  newPaymentRef(): string {
    return `pay_${randomBytes(12).toString('hex')}`;
  }

  sign(rawBody: Buffer | string): string {
    return createHmac('sha256', this.secret).update(rawBody).digest('hex');
  }

  /** The event of a correctly signed webhook body, or null. */
  verify(rawBody: Buffer | undefined, signature: string | undefined): PaymentEvent | null {
    if (!rawBody || !signature || !/^[0-9a-f]{64}$/.test(signature)) return null;
    const expected = Buffer.from(this.sign(rawBody), 'hex');
    if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) return null;
    const body = JSON.parse(rawBody.toString('utf8')) as Partial<PaymentEvent>;
    if (typeof body.checkoutRef !== 'string' || typeof body.paymentRef !== 'string') return null;
    if (!Number.isSafeInteger(body.amountYen)) return null;
    return { checkoutRef: body.checkoutRef, paymentRef: body.paymentRef, amountYen: body.amountYen! };
  }
}
