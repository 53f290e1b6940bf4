import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** open → submitted (by the staff member) → approved (by the supervisor) → closed (by HR, locked). */
export type MonthStatus = 'open' | 'submitted' | 'approved' | 'closed';

/** A staff member's attendance month (月次締め). */
@Entity('att_month')
export class AttendanceMonth {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  staffId: number;

  /** YYYY-MM */
  @Column({ type: 'varchar', length: 7 })
  month: string;

  @Column({ type: 'varchar', length: 12 })
  status: MonthStatus;

  @Column({ type: 'integer', nullable: true })
  instanceId: number | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  approvedAt: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  closedAt: Date | null;

  @Column({ type: 'integer', nullable: true })
  closedByUserId: number | null;
}
