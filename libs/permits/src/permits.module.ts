import { Module } from '@nestjs/common';
import {
  ClerkApplicationsController,
  PermitVerificationController,
  PortalApplicationsController,
} from './api/applications.controller';
import { AttachmentsController } from './api/attachments.controller';
import { FeeTablesController } from './api/fee-tables.controller';
import { AttachmentService } from './attachments/attachment.service';
import { PaymentsController } from './api/payments.controller';
import { BillingService } from './billing/billing.service';
import { PaymentProvider } from './billing/payment-provider';
import { ApplicationProgress } from './applications/application-progress';
import { ApplicationService } from './applications/application.service';
import { PermitTimeline } from './applications/permit-timeline';
import { PermitNumbers } from './applications/permit-numbers';
import { CategoryService } from './categories/category.service';
import { FeeTableService } from './fee-tables/fee-table.service';

/**
 * 道路占用許可: 占用料 tables and quotes, categories as data, online applications routed through the
 * workflow. Needs PlatformModule, AuditModule, HrModule, WorkflowModule and PERMIT_ENTITIES.
 */
@Module({
  controllers: [
    FeeTablesController,
    PortalApplicationsController,
    ClerkApplicationsController,
    PermitVerificationController,
    PaymentsController,
    AttachmentsController,
  ],
  providers: [
    FeeTableService,
    CategoryService,
    ApplicationService,
    ApplicationProgress,
    PermitNumbers,
    PermitTimeline,
    BillingService,
    PaymentProvider,
    AttachmentService,
  ],
  exports: [FeeTableService, ApplicationService],
})
export class PermitsModule {}
