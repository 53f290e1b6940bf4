import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PositionCode } from '../domain/positions';

/** A position (職位) on the ladder; reference data seeded by the migration. Lower rank = more authority. */
@Entity('org_position')
export class Position {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 30 })
  code: PositionCode;

  @Column({ type: 'varchar', length: 30 })
  name: string;

  @Column({ type: 'integer' })
  rank: number;
}
