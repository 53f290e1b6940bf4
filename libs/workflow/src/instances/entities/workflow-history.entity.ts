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

  /** self, deputy (代決), … */
  @Column({ type: 'varchar', length: 32 })
  capacity: string;

  /** started, approved, rejected, withdrawn, completed, … */
  @Column({ type: 'varchar', length: 32 })
  action: string;

  @Column({ type: 'text', nullable: true })
  comment: string | null;
}
