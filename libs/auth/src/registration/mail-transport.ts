import { Injectable, Logger } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { ConfigurationError } from '@ringi/platform';

/** Where ringi's mail leaves: SMTP when RINGI_SMTP_URL is set, otherwise only the outbox table. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export const DEFAULT_MAIL_FROM = 'ringi <no-reply@city.example.jp>';

/** Reads RINGI_SMTP_URL (smtp:// or smtps://) and RINGI_MAIL_FROM; a malformed URL stops start-up. */
export function createSmtpTransport(env: NodeJS.ProcessEnv = process.env): Transporter | null {
  const url = env.RINGI_SMTP_URL;
  if (!url) return null;
  if (!/^smtps?:\/\/[^\s]+$/.test(url)) {
    throw new ConfigurationError(['RINGI_SMTP_URL: smtp:// または smtps:// で始まる URL にしてください']);
  }
  return nodemailer.createTransport(url, { from: env.RINGI_MAIL_FROM ?? DEFAULT_MAIL_FROM });
}

@Injectable()
export class MailTransport {
  private readonly logger = new Logger('mail');
  private readonly smtp = createSmtpTransport();

  get configured(): boolean {
    return this.smtp !== null;
  }

  /** Sends one message; false (and a log line) when SMTP refused it, so the outbox keeps the error. */
  async send(message: MailMessage): Promise<{ ok: true } | { ok: false; error: string }> {
    if (!this.smtp) return { ok: false, error: 'SMTP が設定されていません（RINGI_SMTP_URL）。' };
    try {
      await this.smtp.sendMail(message);
      return { ok: true };
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      this.logger.warn(`mail to ${message.to} not sent: ${text}`);
      return { ok: false, error: text.slice(0, 500) };
    }
  }
}
