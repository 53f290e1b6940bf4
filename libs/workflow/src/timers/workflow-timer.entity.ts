import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A timer as a row with a due time: due dates, reminders, escalations and BPMN timer events.
 * Whichever API process claims a due row fires it; `firedAt` is set in the same transaction as
 * the handler's work, so a timer fires exactly once even with two processes or after a restart.
 */
@Entity('wf_timer')
export class WorkflowTimer {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'integer', nullable: true })
  instanceId: number | null;

  @Column({ type: 'integer', nullable: true })
  taskId: number | null;

  /** JSON the handler of `kind` reads. */
  @Column({ type: 'text' })
  payload: string;

  @Column({ type: 'datetime', precision: 3 })
  dueAt: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  claimedBy: string | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  claimedUntil: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  firedAt: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'integer' })
  attempts: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;
}
