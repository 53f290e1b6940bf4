import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { LeaveUnit } from '../leave/leave-kinds';
import type { RequestStatus } from './attendance-day.entity';

/** A kind of leave (休暇の種類) and its rules, as data. */
@Entity('att_leave_kind')
export class LeaveKind {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 40 })
  name: string;

  @Column({ type: 'boolean' })
  paid: boolean;

  /** Comma-separated LeaveUnit values. */
  @Column({ type: 'varchar', length: 30 })
  units: string;

  @Column({ type: 'integer', nullable: true })
  yearlyDays: number | null;

  @Column({ type: 'integer', nullable: true })
  maxDaysPerRequest: number | null;

  @Column({ type: 'integer', nullable: true })
  monthFrom: number | null;

  @Column({ type: 'integer', nullable: true })
  monthTo: number | null;

  @Column({ type: 'integer' })
  sortOrder: number;

  /** Whole days of it count as worked for the 出勤率8割 of the annual-leave grant. */
  @Column({ type: 'boolean' })
  countsAsWorked: boolean;
}

/**
 * A staff member's balance of one leave kind for one grant period, in minutes so that days, half days and
 * hours add up (a day counts as its scheduled hours rounded up: 7h45m → 480). Pending is reserved by open
 * requests; available = granted + carried − used − pending, never below zero.
 */
@Entity('att_leave_balance')
export class LeaveBalance {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  staffId: number;

  @Column({ type: 'varchar', length: 20 })
  kindCode: string;

  @Column({ type: 'date' })
  periodStart: string;

  @Column({ type: 'date' })
  periodEnd: string;

  @Column({ type: 'integer' })
  dayMinutes: number;

  @Column({ type: 'integer' })
  grantedMinutes: number;

  @Column({ type: 'integer' })
  carriedMinutes: number;

  @Column({ type: 'integer' })
  usedMinutes: number;

  @Column({ type: 'integer' })
  pendingMinutes: number;

  /** Hour leave used or reserved in the period, against the 5-days-a-year cap. */
  @Column({ type: 'integer' })
  hourLeaveMinutes: number;
}

/** A leave request (休暇申請), routed to the supervisor through the workflow. */
@Entity('att_leave_request')
export class LeaveRequest {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  staffId: number;

  @Column({ type: 'varchar', length: 20 })
  kindCode: string;

  @Column({ type: 'varchar', length: 8 })
  unit: LeaveUnit;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date' })
  endDate: string;

  /** Hour leave: when it starts (HH:MM); half days: 08:30 for 午前, the afternoon's start for 午後. */
  @Column({ type: 'varchar', length: 5, nullable: true })
  startTime: string | null;

  /** Minutes charged against the balance (or taken, for kinds without one). */
  @Column({ type: 'integer' })
  minutes: number;

  /** Working days the request covers (0 for hour leave). */
  @Column({ type: 'integer' })
  days: number;

  @Column({ type: 'integer', nullable: true })
  balanceId: number | null;

  @Column({ type: 'varchar', length: 200 })
  reason: string;

  @Column({ type: 'varchar', length: 12 })
  status: RequestStatus;

  @Column({ type: 'integer', nullable: true })
  instanceId: number | null;

  @Column({ type: 'datetime', precision: 3 })
  requestedAt: Date;
}
