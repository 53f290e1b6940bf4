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

export const PERMIT_ENTITIES = [
  PermitFeeTable,
  PermitCategory,
  PermitApplication,
  PermitNumberCounter,
  PermitTimelineEntry,
  PermitBill,
  PermitPayment,
  PermitAttachment,
];
export const PERMIT_MIGRATIONS = [
  PermitFeeTables1769000000000,
  PermitApplications1769100000000,
  PermitTimeline1769200000000,
  PermitBilling1769300000000,
  PermitAttachments1769400000000,
];
