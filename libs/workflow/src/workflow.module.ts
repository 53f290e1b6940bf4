import { Global, Module } from '@nestjs/common';
import { DefinitionsController } from './definition-store/api/definitions.controller';
import { DefinitionRepository } from './definition-store/definition.repository';
import { DefinitionStoreService } from './definition-store/definition-store.service';
import { InstancesController } from './instances/api/instances.controller';
import { AssigneeResolver } from './instances/assignee-resolver';
import { StaffAccounts } from './instances/staff-accounts';
import { InstanceStore } from './instances/instance-store';
import { InstanceService } from './instances/instance.service';
import { WorkflowRunner } from './instances/workflow-runner';
import { BusinessLinks } from './events/business-links';
import { WorkflowEvents } from './events/workflow-events';
import { InstanceProgress } from './instances/instance-progress';
import { WorkflowTimerHandlers } from './instances/workflow-timer-handlers';
import { TasksController } from './tasks/api/tasks.controller';
import { DeputyAccess } from './tasks/deputy-access';
import { RouteActions } from './tasks/route-actions.service';
import { TaskActors } from './tasks/task-actors';
import { TaskAudit } from './tasks/task-audit';
import { TaskCompletion } from './tasks/task-completion';
import { TaskReassignment } from './tasks/task-reassignment';
import { TaskService } from './tasks/task.service';
import { FormsController } from './forms/forms.controller';
import { FormsService } from './forms/forms.service';
import { ConsultationController } from './tasks/consultation.controller';
import { ConsultationService } from './tasks/consultation.service';
import { MyRequestsController } from './my-requests/my-requests.controller';
import { MyRequestsService } from './my-requests/my-requests.service';

/**
 * The common workflow platform (共通ワークフロー基盤): BPMN definitions deployed as versions, process
 * instances, their tasks and the inbox.
 * Global, so domain libs inject DefinitionStoreService, InstanceService and WorkflowEvents without importing it.
 * Needs PlatformModule (Transactions, Clock), AuditModule, HrModule (OrganisationService) and a TypeORM
 * DataSource with WORKFLOW_ENTITIES.
 */
@Global()
@Module({
  controllers: [
    DefinitionsController,
    InstancesController,
    TasksController,
    FormsController,
    ConsultationController,
    MyRequestsController,
  ],
  providers: [
    DefinitionRepository,
    DefinitionStoreService,
    WorkflowRunner,
    AssigneeResolver,
    StaffAccounts,
    InstanceStore,
    InstanceService,
    TaskService,
    DeputyAccess,
    WorkflowEvents,
    BusinessLinks,
    InstanceProgress,
    WorkflowTimerHandlers,
    TaskActors,
    TaskAudit,
    TaskCompletion,
    RouteActions,
    TaskReassignment,
    FormsService,
    ConsultationService,
    MyRequestsService,
  ],
  exports: [DefinitionStoreService, InstanceService, TaskService, WorkflowEvents, BusinessLinks, StaffAccounts],
})
export class WorkflowModule {}
