import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A member of staff (職員). Login accounts live in libs/auth and point here by staffId. */
@Entity('staff')
export class Staff {
  @PrimaryGeneratedColumn()
  id: number;

  /** 職員番号. */
  @Column({ type: 'varchar', length: 20 })
  employeeNo: string;

  @Column({ type: 'varchar', length: 50 })
  familyName: string;

  @Column({ type: 'varchar', length: 50 })
  givenName: string;

  @Column({ type: 'varchar', length: 100 })
  familyNameKana: string;

  @Column({ type: 'varchar', length: 100 })
  givenNameKana: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'boolean' })
  active: boolean;
}
