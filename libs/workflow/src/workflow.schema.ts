import { WorkflowDefinition } from './definition-store/entities/workflow-definition.entity';
import { WorkflowHistory } from './instances/entities/workflow-history.entity';
import { WorkflowInstance } from './instances/entities/workflow-instance.entity';
import { WorkflowDefinitions1764300000000 } from './migrations/1764300000000-workflow-definitions';
import { WorkflowInstances1764400000000 } from './migrations/1764400000000-workflow-instances';
import { WorkflowHistoryTarget1764700000000 } from './migrations/1764700000000-workflow-history-target';
import { WorkflowTaskPosts1764800000000 } from './migrations/1764800000000-workflow-task-posts';
import { WorkflowTaskOpenIndex1765000000000 } from './migrations/1765000000000-workflow-task-open-index';
import { WorkflowTaskBusinessType1770500000000 } from './migrations/1770500000000-workflow-task-business-type';
import { WorkflowTask } from './tasks/entities/workflow-task.entity';
import { WorkflowForm } from './forms/workflow-form.entity';
import { WorkflowForms1765150000000 } from './forms/1765150000000-workflow-forms';

export const WORKFLOW_ENTITIES = [WorkflowDefinition, WorkflowInstance, WorkflowTask, WorkflowHistory, WorkflowForm];
export const WORKFLOW_MIGRATIONS = [
  WorkflowDefinitions1764300000000,
  WorkflowInstances1764400000000,
  WorkflowHistoryTarget1764700000000,
  WorkflowTaskPosts1764800000000,
  WorkflowTaskOpenIndex1765000000000,
  WorkflowForms1765150000000,
  WorkflowTaskBusinessType1770500000000,
];
