import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** self: the staff member's own button; card: an IC-card reader; proxy: 庶務担当; correction: an approved 打刻修正; hr: 人事課 after closing. */
export type PunchSource = 'self' | 'card' | 'proxy' | 'correction' | 'hr';

/** The clocked record of one staff member on one working date (JST): at most one clock-in and one clock-out. */
@Entity('att_day')
export class AttendanceDay {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  staffId: number;

  @Column({ type: 'date' })
  workDate: string;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  clockInAt: Date | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  clockInSource: PunchSource | null;

  @Column({ type: 'integer', nullable: true })
  clockInByUserId: number | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  clockOutAt: Date | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  clockOutSource: PunchSource | null;

  @Column({ type: 'integer', nullable: true })
  clockOutByUserId: number | null;
}

export type RequestStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn';

/** 打刻修正: a request to set a day's clock-in and/or clock-out, applied when the supervisor approves it. */
@Entity('att_correction')
export class Correction {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  staffId: number;

  @Column({ type: 'date' })
  workDate: string;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  clockInAt: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  clockOutAt: Date | null;

  @Column({ type: 'varchar', length: 200 })
  reason: string;

  @Column({ type: 'varchar', length: 12 })
  status: RequestStatus;

  @Column({ type: 'integer', nullable: true })
  instanceId: number | null;

  @Column({ type: 'integer' })
  requestedByUserId: number;

  @Column({ type: 'datetime', precision: 3 })
  requestedAt: Date;
}
