import { PermitApplication } from './applications/permit-application.entity';
import { PermitNumberCounter } from './applications/permit-number-counter.entity';
import { PermitCategory } from './categories/permit-category.entity';
import { PermitFeeTable } from './fee-tables/fee-table.entity';
import { PermitFeeTables1769000000000 } from './migrations/1769000000000-permit-fee-tables';
import { PermitApplications1769100000000 } from './migrations/1769100000000-permit-applications';
import { PermitTimeline1769200000000 } from './migrations/1769200000000-permit-timeline';
import { PermitTimelineEntry } from './applications/permit-timeline.entity';
import { PermitBill } from './billing/permit-bill.entity';
import { PermitPayment } from './billing/permit-payment.entity';
import { PermitBilling1769300000000 } from './migrations/1769300000000-permit-billing';
import { PermitAttachments1769400000000 } from './migrations/1769400000000-permit-attachments';
import { PermitAttachment } from './attachments/permit-attachment.entity';
import { PermitFeeAreaTable } from './fee-areas/fee-area-table.entity';
import { PermitFeeAreas1769500000000 } from './migrations/1769500000000-permit-fee-areas';
import { PermitReview1769600000000 } from './migrations/1769600000000-permit-review';
import { PermitDocuments1769700000000 } from './migrations/1769700000000-permit-documents';
import { PermitCitedPermits1769800000000 } from './migrations/1769800000000-permit-cited-permits';
import { PermitLifecycle1769900000000 } from './migrations/1769900000000-permit-lifecycle';
import { PermitMessages1769950000000 } from './migrations/1769950000000-permit-messages';
import { PermitMessage } from './messages/permit-message.entity';
import { PermitConditionTemplate } from './review/condition-template.entity';

export const PERMIT_ENTITIES = [
  PermitFeeTable,
  PermitCategory,
  PermitApplication,
  PermitNumberCounter,
  PermitTimelineEntry,
  PermitBill,
  PermitPayment,
  PermitAttachment,
  PermitFeeAreaTable,
  PermitConditionTemplate,
  PermitMessage,
];
export const PERMIT_MIGRATIONS = [
  PermitFeeTables1769000000000,
  PermitApplications1769100000000,
  PermitTimeline1769200000000,
  PermitBilling1769300000000,
  PermitAttachments1769400000000,
  PermitFeeAreas1769500000000,
  PermitReview1769600000000,
  PermitDocuments1769700000000,
  PermitCitedPermits1769800000000,
  PermitLifecycle1769900000000,
  PermitMessages1769950000000,
];
