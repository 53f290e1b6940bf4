import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PatternKind } from '../patterns/work-pattern';

/** A working pattern (勤務パターン): the hours of a working day and the weekdays worked. */
@Entity('att_work_pattern')
export class WorkPattern {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 12 })
  kind: PatternKind;

  @Column({ type: 'varchar', length: 5 })
  startTime: string;

  @Column({ type: 'varchar', length: 5 })
  endTime: string;

  /** JSON: [{from, to}] in HH:MM. */
  @Column({ type: 'text' })
  breaks: string;

  @Column({ type: 'varchar', length: 7 })
  workDays: string;

  @Column({ type: 'boolean' })
  active: boolean;
}

/** Which pattern a staff member works over [startDate, endDate]. */
@Entity('att_pattern_assignment')
export class PatternAssignment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  staffId: number;

  @Column({ type: 'integer' })
  patternId: number;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date', nullable: true })
  endDate: string | null;
}
