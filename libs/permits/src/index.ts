export * from './fees/fiscal-periods';
export * from './fees/occupancy-fee';
export * from './fees/occupancy-period';
export * from './categories/occupancy-category';
export { PermitCategory } from './categories/permit-category.entity';
export { PermitFeeTable } from './fee-tables/fee-table.entity';
export { FeeTableService, type FeeTableView, type NewFeeTable } from './fee-tables/fee-table.service';
export { PermitApplication } from './applications/permit-application.entity';
export {
  ApplicationService,
  PERMIT_PROCESS_KEY,
  type ApplicationInput,
  type ApplicationView,
} from './applications/application.service';
export { PermitsModule } from './permits.module';
export { PERMIT_ENTITIES, PERMIT_MIGRATIONS } from './permits.schema';
export { DEMO_FEE_TABLE } from './seed/demo-fee-table';
export { DEMO_CATEGORIES } from './seed/demo-categories';
export { DEMO_FEE_AREAS } from './seed/demo-fee-areas';
export { seedPermitDemo } from './seed/seed-permits';
export { feeDistrictOf, type FeeArea, type FeeAreaTable } from './fee-areas/fee-district';
export { PermitFeeAreaTable } from './fee-areas/fee-area-table.entity';
export { PaymentProvider, type PaymentEvent } from './billing/payment-provider';
export { PermitBill } from './billing/permit-bill.entity';
export { PermitPayment } from './billing/permit-payment.entity';
export { billsFor, type PlannedBill } from './billing/bills';
export { PermitAttachment } from './attachments/permit-attachment.entity';
export { PermitConditionTemplate } from './review/condition-template.entity';
export { DEMO_CONDITION_TEMPLATES } from './seed/demo-condition-templates';
export type {
  ConditionTemplate,
  CounterApplicant,
  Exemption,
  PermitCondition,
  PoliceConsultationResult,
} from './review/review-records';
