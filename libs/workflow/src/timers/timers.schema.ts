import { WorkflowTimer } from './workflow-timer.entity';
import { WorkflowTimers1764600000000 } from '../migrations/1764600000000-workflow-timers';

export const TIMER_ENTITIES = [WorkflowTimer];
export const TIMER_MIGRATIONS = [WorkflowTimers1764600000000];
