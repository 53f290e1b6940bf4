import { ApiProperty } from '@nestjs/swagger';
import type { InstanceStatus } from '../../instances/entities/workflow-instance.entity';
import type { InstanceSummaryView, TaskView } from '../../instances/instance-views';
import { TASK_ACTIONS, type TaskAction, type TaskActionAnswer, type TaskCapacity } from '../task.service';

const TASK_CAPACITIES: TaskCapacity[] = ['self', 'escalation', 'deputyDecision'];
const INSTANCE_STATUSES: InstanceStatus[] = ['running', 'completed', 'rejected', 'withdrawn', 'cancelled', 'failed'];

/** OpenAPI shape of a task (TaskView). */
export class TaskViewDto implements TaskView {
  @ApiProperty() id: number;
  @ApiProperty() instanceId: number;
  @ApiProperty({ description: '手順（userTask）の id' }) elementId: string;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty({ example: 'approve' }) stepKind: string;
  @ApiProperty({ type: Number, nullable: true }) assigneeUserId: number | null;
  @ApiProperty({ type: String, nullable: true }) candidateRole: string | null;
  @ApiProperty({ type: Number, nullable: true }) candidateScopeUnitId: number | null;
  @ApiProperty({ example: '総務課長' }) assigneeLabel: string;
  @ApiProperty({ enum: ['open', 'completed', 'cancelled'] }) status: string;
  @ApiProperty({ type: Date, nullable: true }) dueAt: Date | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: Date, nullable: true }) completedAt: Date | null;
  @ApiProperty({ type: Number, nullable: true }) completedByUserId: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'approved' }) outcome: string | null;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
}

/** OpenAPI shape of a case with the steps open now. */
export class CaseWithOpenTasksDto implements InstanceSummaryView {
  @ApiProperty() id: number;
  @ApiProperty() definitionId: number;
  @ApiProperty() processKey: string;
  @ApiProperty() businessKey: string;
  @ApiProperty({ type: String, nullable: true }) businessType: string | null;
  @ApiProperty({ enum: INSTANCE_STATUSES }) status: InstanceStatus;
  @ApiProperty() initiatorUserId: number;
  @ApiProperty() startedAt: Date;
  @ApiProperty({ type: Date, nullable: true }) endedAt: Date | null;
  @ApiProperty({ type: [TaskViewDto], description: '処理後に開いている手順（次の担当者）' })
  openTasks: TaskViewDto[];
}

/**
 * OpenAPI shape of the answer to 承認 and 却下 (TaskActionAnswer): the task and who has the case next. The history,
 * route and send-back targets are in GET /api/workflow/tasks/:id.
 */
export class TaskActionAnswerDto extends TaskViewDto implements TaskActionAnswer {
  @ApiProperty({ type: CaseWithOpenTasksDto }) instance: CaseWithOpenTasksDto;
  @ApiProperty({ type: String, nullable: true, description: '業務画面のパス' }) businessLink: string | null;
  @ApiProperty({ enum: TASK_ACTIONS, isArray: true, description: '処理した本人が今できる操作（引戻し・取下げ）' })
  allowedActions: TaskAction[];
  @ApiProperty({ enum: TASK_CAPACITIES, nullable: true, description: '処理した資格' })
  capacity: TaskCapacity | null;
}
