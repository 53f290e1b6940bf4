import { Global, Module } from '@nestjs/common';
import { DelegationTableController } from './delegation-table.controller';
import { DelegationTableService } from './delegation-table.service';

@Global()
@Module({
  controllers: [DelegationTableController],
  providers: [DelegationTableService],
  exports: [DelegationTableService],
})
export class DelegatedAuthorityModule {}
