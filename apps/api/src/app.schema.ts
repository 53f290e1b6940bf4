import { orderMigrations } from '@ringi/platform';
import { AUTH_ENTITIES, AUTH_MIGRATIONS } from '@ringi/auth';
import { HR_ENTITIES, HR_MIGRATIONS, MY_NUMBER_ENTITIES, MY_NUMBER_MIGRATIONS } from '@ringi/hr';
import {
  DELEGATION_ENTITIES,
  DELEGATION_MIGRATIONS,
  TIMER_ENTITIES,
  TIMER_MIGRATIONS,
  WORKFLOW_ENTITIES,
  WORKFLOW_MIGRATIONS,
} from '@ringi/workflow';
import { FINANCE_ENTITIES, FINANCE_MIGRATIONS } from '@ringi/finance';
import { PERMIT_ENTITIES, PERMIT_MIGRATIONS } from '@ringi/permits';

/** Every entity and migration of the composed suite: what the app, the CLI and tests load. */
export const ALL_ENTITIES = [
  ...AUTH_ENTITIES,
  ...HR_ENTITIES,
  ...MY_NUMBER_ENTITIES,
  ...WORKFLOW_ENTITIES,
  ...DELEGATION_ENTITIES,
  ...TIMER_ENTITIES,
  ...FINANCE_ENTITIES,
  ...PERMIT_ENTITIES,
];
export const ALL_MIGRATIONS = orderMigrations(
  AUTH_MIGRATIONS,
  HR_MIGRATIONS,
  MY_NUMBER_MIGRATIONS,
  WORKFLOW_MIGRATIONS,
  DELEGATION_MIGRATIONS,
  TIMER_MIGRATIONS,
  FINANCE_MIGRATIONS,
  PERMIT_MIGRATIONS,
);
