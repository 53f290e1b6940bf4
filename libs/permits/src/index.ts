export * from './fees/fiscal-periods';
export * from './fees/occupancy-fee';
export * from './fees/occupancy-period';
export { PermitFeeTable } from './fee-tables/fee-table.entity';
export { FeeTableService, type FeeTableView, type NewFeeTable } from './fee-tables/fee-table.service';
export { PermitsModule } from './permits.module';
export { PERMIT_ENTITIES, PERMIT_MIGRATIONS } from './permits.schema';
export { DEMO_FEE_TABLE } from './seed/demo-fee-table';
