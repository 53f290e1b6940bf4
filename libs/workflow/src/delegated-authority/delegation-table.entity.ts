import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One version of a 専決 rule table. Versions never change; one per table key is active. */
@Entity('wf_delegation_table')
export class DelegationTable {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 60 })
  tableKey: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** JSON array of DelegationRule. */
  @Column({ type: 'text' })
  rules: string;

  @Column({ type: 'boolean' })
  active: boolean;

  @Column({ type: 'integer', nullable: true })
  createdByUserId: number | null;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;
}
