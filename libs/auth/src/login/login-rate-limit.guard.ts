import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { Clock, RINGI_CONFIG, RateLimitedError, type RingiConfig } from '@ringi/platform';

const WINDOW_MS = 60_000;

/**
 * Login attempts per client address per minute (a fixed window, in this process). It slows down
 * guessing across many accounts; the per-account lockout, kept in the database, stops guessing one.
 * (@nestjs/throttler has no ESM build for NestJS 12 yet, and this is all the login routes need.)
 */
@Injectable()
export class LoginRateLimitGuard implements CanActivate {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly clock: Clock,
    @Inject(RINGI_CONFIG) private readonly config: RingiConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    const key = req.socket.remoteAddress ?? 'unknown';
    const now = this.clock.now().getTime();
    const window = this.windows.get(key);
    if (!window || now - window.start >= WINDOW_MS) {
      this.prune(now);
      this.windows.set(key, { start: now, count: 1 });
      return true;
    }
    window.count += 1;
    if (window.count > this.config.loginRatePerMinute) {
      throw new RateLimitedError('ログインの試行が多すぎます。1分ほど待ってからやり直してください。');
    }
    return true;
  }

  private prune(now: number): void {
    for (const [key, w] of this.windows) if (now - w.start >= WINDOW_MS) this.windows.delete(key);
  }
}
