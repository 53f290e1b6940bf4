import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { RINGI_CONFIG, type RingiConfig } from '@ringi/platform';
import { TimerService } from './timer.service';

/** Looks for due timers every RINGI_TIMER_POLL_SECONDS (0 turns it off, as tests do). */
@Injectable()
export class TimerPoller implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('timers');
  private handle: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    private readonly timers: TimerService,
    @Inject(RINGI_CONFIG) private readonly config: RingiConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.timerPollSeconds <= 0) return;
    this.handle = setInterval(() => void this.tick(), this.config.timerPollSeconds * 1000);
    this.handle.unref();
  }

  onApplicationShutdown(): void {
    if (this.handle) clearInterval(this.handle);
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.timers.fireDue();
    } catch (error) {
      this.logger.error(error instanceof Error ? error.message : String(error));
    } finally {
      this.running = false;
    }
  }
}
