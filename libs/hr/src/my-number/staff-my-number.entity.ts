import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A staff member's 個人番号, encrypted; served only on the mynumber listener. */
@Entity('staff_my_number')
export class StaffMyNumber {
  @PrimaryColumn({ type: 'integer' })
  staffId: number;

  @Column({ type: 'varchar', length: 200 })
  encrypted: string;

  @Column({ type: 'datetime', precision: 3 })
  updatedAt: Date;
}
