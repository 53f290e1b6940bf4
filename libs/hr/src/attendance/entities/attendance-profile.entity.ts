import { Column, Entity, PrimaryColumn } from 'typeorm';

export type Employment = 'regular' | 'fiscalYear';

/**
 * A staff member's attendance terms: employment (正規 or 会計年度任用), the start of continuous service that
 * leave grants count from, and the IC card registered for the readers. Its row is also the lock that
 * serialises a staff member's leave balance changes.
 */
@Entity('att_profile')
export class AttendanceProfile {
  @PrimaryColumn({ type: 'integer' })
  staffId: number;

  @Column({ type: 'varchar', length: 12 })
  employment: Employment;

  @Column({ type: 'date' })
  serviceStartDate: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  cardId: string | null;
}
