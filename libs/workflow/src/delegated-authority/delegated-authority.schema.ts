import { DelegationTable } from './delegation-table.entity';
import { DelegationTables1764500000000 } from '../migrations/1764500000000-delegation-tables';

export const DELEGATION_ENTITIES = [DelegationTable];
export const DELEGATION_MIGRATIONS = [DelegationTables1764500000000];
