import { Module } from '@nestjs/common';
import { FeeTablesController } from './api/fee-tables.controller';
import { FeeTableService } from './fee-tables/fee-table.service';

/** 道路占用許可: so far the 占用料 tables and quotes. Needs PlatformModule, AuditModule and PERMIT_ENTITIES. */
@Module({ controllers: [FeeTablesController], providers: [FeeTableService], exports: [FeeTableService] })
export class PermitsModule {}
