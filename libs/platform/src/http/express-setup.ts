import { randomUUID } from 'node:crypto';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { requestContext } from '../logging/request-context';
import { zoneOf } from '../zones/zone';
import { DEFAULT_MESSAGES } from '../errors/domain-exception.filter';

const BODY_LIMIT = '1mb';

/**
 * Express middleware that runs before Nest's router: security headers, request ids, and body
 * parsing whose failures (malformed JSON, oversized bodies) answer JSON like every other error.
 * CORS stays closed: no Access-Control-* headers are ever sent.
 */
export function configureExpress(app: Express): void {
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  // API answers carry personal and case data: never stored by a browser or proxy (no-store below), so an ETag,
  // a hash of every body for revalidation that never happens, is not computed either.
  app.set('etag', false);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          scriptSrc: ["'self'"],
        },
      },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    const requestId = randomUUID();
    res.setHeader('X-Request-Id', requestId);
    if (req.path.startsWith('/api/')) res.setHeader('Cache-Control', 'no-store');
    requestContext.run({ requestId, zone: zoneOf(req), clientAddress: req.socket.remoteAddress }, next);
  });
  // The raw bytes stay on the request for the few routes that verify a signature over them (payment webhooks).
  app.use(
    express.json({
      limit: BODY_LIMIT,
      verify: (req, _res, buf) => {
        (req as Request & { rawBody?: Buffer }).rawBody = buf;
      },
    }),
  );
  app.use(express.urlencoded({ extended: false, limit: BODY_LIMIT }));
  app.use(express.text({ type: ['application/xml', 'text/xml', 'text/plain'], limit: '5mb' }));
  app.use((error: Error & { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (
      !error.type?.startsWith('entity.') &&
      error.type !== 'charset.unsupported' &&
      error.type !== 'encoding.unsupported'
    ) {
      return next(error);
    }
    const statusCode = error.status ?? 400;
    const message =
      error.type === 'entity.parse.failed'
        ? 'JSON の形式が正しくありません。'
        : (DEFAULT_MESSAGES[statusCode] ?? '送信されたデータを読み取れません。');
    res.status(statusCode).json({
      statusCode,
      error: statusCode === 413 ? 'Payload Too Large' : 'Bad Request',
      message,
      requestId: requestContext.current()?.requestId,
    });
  });
}
