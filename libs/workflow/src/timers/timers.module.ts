import { Global, Module } from '@nestjs/common';
import { TimerPoller } from './timer-poller';
import { TimerService } from './timer.service';

@Global()
@Module({ providers: [TimerService, TimerPoller], exports: [TimerService] })
export class TimersModule {}
