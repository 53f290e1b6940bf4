import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { UnitKind } from '../domain/tree';

/** An organisation unit (組織): the city, a 部, 課, 係 or 室. */
@Entity('org_unit')
export class OrgUnit {
  @PrimaryGeneratedColumn()
  id: number;

  /** Stable code used by seeds, imports and routing tables (e.g. `soumu-ka`). */
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 12 })
  kind: UnitKind;

  @Column({ type: 'integer', nullable: true })
  parentId: number | null;

  /** 文書記号 abbreviation of a section (e.g. 港総 for 総務課); null for units that number no documents. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  docSymbol: string | null;

  @Column({ type: 'integer' })
  sortOrder: number;

  @Column({ type: 'boolean' })
  active: boolean;
}
