import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type InstanceStatus = 'running' | 'completed' | 'rejected' | 'withdrawn' | 'cancelled' | 'failed';

/** One running or ended process instance, with the engine state it waits in. */
@Entity('wf_instance')
export class WorkflowInstance {
  @PrimaryGeneratedColumn()
  id: number;

  /** The definition version it started on; it keeps it for life. */
  @Column({ type: 'integer' })
  definitionId: number;

  @Column({ type: 'varchar', length: 200 })
  processKey: string;

  @Column({ type: 'varchar', length: 100 })
  businessKey: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  businessType: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: InstanceStatus;

  @Column({ type: 'integer' })
  initiatorUserId: number;

  @Column({ type: 'integer', nullable: true })
  initiatorStaffId: number | null;

  @Column({ type: 'integer', nullable: true })
  initiatorUnitId: number | null;

  /** JSON of the process variables. */
  @Column({ type: 'text' })
  variables: string;

  /** ProcessRunner state (mediumtext on MySQL). */
  @Column({ type: 'text' })
  engineState: string;

  @Column({ type: 'datetime', precision: 3 })
  startedAt: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  endedAt: Date | null;

  /** Bumped by every change; a write that finds another version lost a race. */
  @Column({ type: 'integer' })
  lockVersion: number;
}
