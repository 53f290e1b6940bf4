import { PermitFeeTable } from './fee-tables/fee-table.entity';
import { PermitFeeTables1769000000000 } from './migrations/1769000000000-permit-fee-tables';

export const PERMIT_ENTITIES = [PermitFeeTable];
export const PERMIT_MIGRATIONS = [PermitFeeTables1769000000000];
