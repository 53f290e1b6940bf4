import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A designated deputy (代決者) of a deciding post: when the holder of (unitId, positionId) is
 * absent, the first present holder of a deputy post, by ascending priority, decides for them, on the days
 * the designation holds.
 */
@Entity('deputy_designation')
export class DeputyDesignation {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  unitId: number;

  @Column({ type: 'integer' })
  positionId: number;

  @Column({ type: 'integer' })
  deputyUnitId: number;

  @Column({ type: 'integer' })
  deputyPositionId: number;

  /** 1 = first deputy. */
  @Column({ type: 'integer' })
  priority: number;

  /** First day the designation holds (inclusive); null = since always. */
  @Column({ type: 'date', utc: true, nullable: true })
  startDate: string | null;

  /** Last day the designation holds (inclusive); null = until further notice. */
  @Column({ type: 'date', utc: true, nullable: true })
  endDate: string | null;
}
