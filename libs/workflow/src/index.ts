export { WorkflowModule } from './workflow.module';
export { WORKFLOW_ENTITIES, WORKFLOW_MIGRATIONS } from './workflow.schema';

export { WorkflowDefinition } from './definition-store/entities/workflow-definition.entity';
export {
  DefinitionStoreService,
  DEFINITION_PROBLEMS_MESSAGE,
  type DefinitionActor,
  type DeployOptions,
} from './definition-store/definition-store.service';
export type { DefinitionKeyView, DefinitionVersionView, StoredDefinition } from './definition-store/definition-views';
export { isProcessKey, MAX_PROCESS_KEY_LENGTH } from './definition-store/domain/process-key';

export { WorkflowInstance, type InstanceStatus } from './instances/entities/workflow-instance.entity';
export { WorkflowTask, type TaskStatus } from './tasks/entities/workflow-task.entity';
export { WorkflowHistory } from './instances/entities/workflow-history.entity';
export { InstanceService, type StartInstanceInput, type StartedInstance } from './instances/instance.service';
export { positionCodeOf } from './instances/assignee-resolver';
export { StaffAccounts } from './instances/staff-accounts';
export type { InstanceView, InstanceSummaryView, TaskView, HistoryView } from './instances/instance-views';
export {
  TaskService,
  type Inbox,
  type InboxItem,
  type TaskDetail,
  type TaskAction,
  type RouteStamp,
} from './tasks/task.service';
export type { TaskCapacity } from './tasks/task-actors';
export {
  WorkflowEvents,
  type WorkflowEvent,
  type WorkflowEventType,
  type WorkflowEventHandler,
  type EventSubscription,
  type InstanceOutcome,
} from './events/workflow-events';
export { TIMER_KINDS } from './instances/instance-progress';
export { BusinessLinks, type BusinessLinkBuilder, type LinkedCase } from './events/business-links';

export * from './definitions/index';
export * from './engine/index';
export * from './delegated-authority/delegated-authority';
export { DelegationTable } from './delegated-authority/delegation-table.entity';
export { DelegationTableService, type DelegationTableView } from './delegated-authority/delegation-table.service';
export { DelegatedAuthorityModule } from './delegated-authority/delegated-authority.module';
export { DELEGATION_ENTITIES, DELEGATION_MIGRATIONS } from './delegated-authority/delegated-authority.schema';
export { WorkflowTimer } from './timers/workflow-timer.entity';
export { TimerService, type NewTimer, type TimerHandler } from './timers/timer.service';
export { TimersModule } from './timers/timers.module';
export { TIMER_ENTITIES, TIMER_MIGRATIONS } from './timers/timers.schema';
export { WorkflowForm } from './forms/workflow-form.entity';
export { FormsService, type FormView } from './forms/forms.service';
export { FIELD_TYPES, type FieldType, type FormField } from './forms/form-fields';
export { EXAMPLE_PURCHASE_FORM, seedExampleForms } from './forms/example-forms';
