import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A 占用物件 category as data; `definition` holds the OccupancyCategory JSON the portal form renders. */
@Entity('permit_category')
export class PermitCategory {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64 })
  code: string;

  @Column({ type: 'text' })
  definition: string;

  @Column({ type: 'boolean' })
  active: boolean;
}
