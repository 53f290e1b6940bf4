import { Global, Module } from '@nestjs/common';
import { DefinitionsController } from './definition-store/api/definitions.controller';
import { DefinitionRepository } from './definition-store/definition.repository';
import { DefinitionStoreService } from './definition-store/definition-store.service';
import { InstancesController } from './instances/api/instances.controller';
import { AssigneeResolver } from './instances/assignee-resolver';
import { InstanceStore } from './instances/instance-store';
import { InstanceService } from './instances/instance.service';
import { WorkflowRunner } from './instances/workflow-runner';
import { TasksController } from './tasks/api/tasks.controller';
import { DeputyAccess } from './tasks/deputy-access';
import { TaskService } from './tasks/task.service';

/**
 * The common workflow platform (共通ワークフロー基盤): BPMN definitions deployed as versions, process
 * instances, their tasks and the inbox.
 * Global, so domain libs inject DefinitionStoreService and InstanceService without importing this module.
 * Needs PlatformModule (Transactions, Clock), AuditModule, HrModule (OrganisationService) and a TypeORM
 * DataSource with WORKFLOW_ENTITIES.
 */
@Global()
@Module({
  controllers: [DefinitionsController, InstancesController, TasksController],
  providers: [
    DefinitionRepository,
    DefinitionStoreService,
    WorkflowRunner,
    AssigneeResolver,
    InstanceStore,
    InstanceService,
    TaskService,
    DeputyAccess,
  ],
  exports: [DefinitionStoreService, InstanceService, TaskService],
})
export class WorkflowModule {}
