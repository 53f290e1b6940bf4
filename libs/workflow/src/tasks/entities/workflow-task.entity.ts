import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type TaskStatus = 'open' | 'completed' | 'cancelled';

/** A user task of an instance, assigned to one account or to the holders of a role. */
@Entity('wf_task')
export class WorkflowTask {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  instanceId: number;

  /** What ProcessRunner.signal takes. */
  @Column({ type: 'varchar', length: 200 })
  executionId: string;

  @Column({ type: 'varchar', length: 200 })
  elementId: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  name: string | null;

  @Column({ type: 'varchar', length: 16 })
  stepKind: string;

  @Column({ type: 'integer', nullable: true })
  assigneeUserId: number | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  candidateRole: string | null;

  @Column({ type: 'integer', nullable: true })
  candidateScopeUnitId: number | null;

  /** For post(…) and decider(…) tasks: the post it is for; whoever holds it now may act. */
  @Column({ type: 'integer', nullable: true })
  assigneeUnitId: number | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  assigneePositionCode: string | null;

  /** The superior an overdue task was escalated to; they may act on it too. */
  @Column({ type: 'integer', nullable: true })
  escalatedToUserId: number | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  remindedAt: Date | null;

  /** For a 後閲 review item: the step that was passed while its approver was absent. */
  @Column({ type: 'integer', nullable: true })
  reviewOfTaskId: number | null;

  /** The case's business type (WorkflowInstance.businessType), kept on the task for the inbox's counts. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  businessType: string | null;

  /** Who it is for, as people read it, e.g. 総務課長. */
  @Column({ type: 'varchar', length: 200 })
  assigneeLabel: string;

  @Column({ type: 'varchar', length: 16 })
  status: TaskStatus;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  dueAt: Date | null;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  completedAt: Date | null;

  @Column({ type: 'integer', nullable: true })
  completedByUserId: number | null;

  /** approved, rejected, withdrawn, … */
  @Column({ type: 'varchar', length: 32, nullable: true })
  outcome: string | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;
}
