import { Global, Module, type DynamicModule } from '@nestjs/common';
import { Clock, SystemClock } from '../clock/clock';
import { RINGI_CONFIG, type RingiConfig } from '../config/ringi-config';
import { Transactions } from '../database/transactions';

/** Process-wide services every lib may inject: configuration, the clock, transactions. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(config: RingiConfig, clock: Clock = new SystemClock()): DynamicModule {
    return {
      module: PlatformModule,
      providers: [{ provide: RINGI_CONFIG, useValue: config }, { provide: Clock, useValue: clock }, Transactions],
      exports: [RINGI_CONFIG, Clock, Transactions],
    };
  }
}
