import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { OvertimeDesignation } from '../rules/overtime-limits';

/** A section designated for 他律的業務 (特例業務): the higher overtime limits apply to its staff. */
@Entity('att_section_designation')
export class SectionDesignation {
  @PrimaryColumn({ type: 'integer' })
  unitId: number;

  @Column({ type: 'varchar', length: 16 })
  designation: OvertimeDesignation;
}

/**
 * ordered: may be worked; awaitingExcess: past a limit, waiting for the extra approval; confirmed: actual
 * hours confirmed by the supervisor; refused: the extra approval was refused; cancelled.
 */
export type OvertimeStatus = 'ordered' | 'awaitingExcess' | 'confirmed' | 'refused' | 'cancelled';

/** 時間外勤務命令: overtime ordered in advance by the supervisor, its actual minutes confirmed afterwards. */
@Entity('att_overtime_order')
export class OvertimeOrder {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  staffId: number;

  @Column({ type: 'date' })
  workDate: string;

  @Column({ type: 'integer' })
  plannedMinutes: number;

  /** 業務内容. */
  @Column({ type: 'varchar', length: 200 })
  task: string;

  @Column({ type: 'varchar', length: 16 })
  status: OvertimeStatus;

  @Column({ type: 'integer' })
  orderedByUserId: number;

  @Column({ type: 'datetime', precision: 3 })
  orderedAt: Date;

  /** Why a limit may be exceeded; required when the order exceeds one. */
  @Column({ type: 'varchar', length: 400, nullable: true })
  excessReason: string | null;

  @Column({ type: 'integer', nullable: true })
  excessInstanceId: number | null;

  @Column({ type: 'integer', nullable: true })
  confirmedMinutes: number | null;

  @Column({ type: 'integer' })
  weekdayMinutes: number;

  @Column({ type: 'integer' })
  holidayMinutes: number;

  @Column({ type: 'integer' })
  lateNightMinutes: number;

  @Column({ type: 'integer', nullable: true })
  confirmedByUserId: number | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  confirmedAt: Date | null;
}
