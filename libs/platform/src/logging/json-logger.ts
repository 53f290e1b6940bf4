import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';
import { requestContext } from './request-context';

/**
 * Keys whose values never reach the log, wherever they appear: credentials, session tokens
 * and My Number (個人番号) values.
 */
export const REDACTED_KEYS = [
  'password',
  'currentPassword',
  'newPassword',
  'token',
  'sessionToken',
  'challengeToken',
  'code',
  'secret',
  'totpSecret',
  'totpPendingSecret',
  'recoveryCodes',
  'authorization',
  'cookie',
  'myNumber',
  'individualNumber',
];

export function createRootLogger(level: string, destination?: pino.DestinationStream): Logger {
  const paths = REDACTED_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]);
  return pino(
    {
      level,
      base: { service: 'ringi' },
      redact: { paths, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin: () => {
        const ctx = requestContext.current();
        return ctx ? { requestId: ctx.requestId } : {};
      },
    },
    destination,
  );
}

/** Nest's logger interface on top of pino, so framework messages are JSON too. */
export class JsonLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context }, String(message));
  }
}
