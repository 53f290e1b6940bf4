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
import { FeeAreasController } from './api/fee-areas.controller';
import { ReviewController } from './api/review.controller';
import { FeeAreaService } from './fee-areas/fee-area.service';
import { FeeAssessment } from './review/fee-assessment.service';
import { CounterEntry } from './applications/counter-entry.service';
import { CitedPermits } from './applications/cited-permits.service';
import { ChecklistService } from './review/checklist.service';
import { ConditionsService } from './review/conditions.service';
import { PoliceConsultationService } from './review/police-consultation.service';
import { ReviewGates } from './review/review-gates';
import { PermitDocumentsController } from './api/permit-documents.controller';
import { PermitPdfService } from './permit-pdf/permit-pdf.service';
import { PaymentSlipService } from './billing/payment-slip.service';
import { ImportsController } from './api/imports.controller';
import { HistoricImport } from './imports/historic-import.service';
import { MessagesController } from './api/messages.controller';
import { MessageService } from './messages/message.service';

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
    FeeAreasController,
    ReviewController,
    PermitDocumentsController,
    ImportsController,
    MessagesController,
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
    FeeAreaService,
    FeeAssessment,
    CounterEntry,
    CitedPermits,
    ChecklistService,
    ConditionsService,
    PoliceConsultationService,
    ReviewGates,
    PermitPdfService,
    PaymentSlipService,
    HistoricImport,
    MessageService,
  ],
  exports: [FeeTableService, ApplicationService],
})
export class PermitsModule {}
