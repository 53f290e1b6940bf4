import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A designated deputy (代決者) of a deciding post: when the holder of (unitId, positionId) is
 * absent, the first present holder of a deputy post, by ascending priority, decides for them.
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
}
