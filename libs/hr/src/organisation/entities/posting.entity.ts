import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OrgUnit } from './org-unit.entity';
import type { Position } from './position.entity';
import type { Staff } from './staff.entity';

/**
 * A posting (配置): staff member × unit × position over [startDate, endDate] (inclusive, JST
 * calendar dates; endDate null = until further notice). `concurrent` marks a 兼務; a staff member
 * has at most one main (non-concurrent) posting on any date.
 */
@Entity('staff_posting')
export class Posting {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  staffId: number;

  @Column({ type: 'integer' })
  unitId: number;

  @Column({ type: 'integer' })
  positionId: number;

  @Column({ type: 'date', utc: true })
  startDate: string;

  @Column({ type: 'date', utc: true, nullable: true })
  endDate: string | null;

  @Column({ type: 'boolean' })
  concurrent: boolean;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;

  /** Filled by queries that join them (innerJoinAndMapOne); never persisted. */
  staff?: Staff;
  unit?: OrgUnit;
  position?: Position;
}
