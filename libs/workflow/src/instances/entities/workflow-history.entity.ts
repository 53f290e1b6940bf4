import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One line of an instance's history: who did what, in what capacity, when. */
@Entity('wf_history')
export class WorkflowHistory {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  instanceId: number;

  @Column({ type: 'integer', nullable: true })
  taskId: number | null;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  @Column({ type: 'integer', nullable: true })
  actorUserId: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  actorName: string | null;

  /** self, deputyDecision (代決), system, … */
  @Column({ type: 'varchar', length: 32 })
  capacity: string;

  /** started, approved, rejected, withdrawn, completed, … */
  @Column({ type: 'varchar', length: 32 })
  action: string;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  /** The step a 差戻し (sentBack) or 引戻し (recalled) returned the case to. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  targetElementId: string | null;
}
