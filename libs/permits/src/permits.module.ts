import { Module } from '@nestjs/common';
import { ClerkApplicationsController, PortalApplicationsController } from './api/applications.controller';
import { FeeTablesController } from './api/fee-tables.controller';
import { ApplicationService } from './applications/application.service';
import { PermitNumbers } from './applications/permit-numbers';
import { CategoryService } from './categories/category.service';
import { FeeTableService } from './fee-tables/fee-table.service';

/**
 * 道路占用許可: 占用料 tables and quotes, categories as data, online applications routed through the
 * workflow. Needs PlatformModule, AuditModule, HrModule, WorkflowModule and PERMIT_ENTITIES.
 */
@Module({
  controllers: [FeeTablesController, PortalApplicationsController, ClerkApplicationsController],
  providers: [FeeTableService, CategoryService, ApplicationService, PermitNumbers],
  exports: [FeeTableService, ApplicationService],
})
export class PermitsModule {}
