import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An absence (不在) of a staff member over the instants [startsAt, endsAt). */
@Entity('staff_absence')
export class Absence {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  staffId: number;

  @Column({ type: 'datetime', precision: 3 })
  startsAt: Date;

  @Column({ type: 'datetime', precision: 3 })
  endsAt: Date;

  @Column({ type: 'varchar', length: 200 })
  reason: string;
}
