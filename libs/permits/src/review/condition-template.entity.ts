import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A standard 許可条件 the clerk picks and edits for a permit; data the section keeps without code. */
@Entity('permit_condition_template')
export class PermitConditionTemplate {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  /** Category codes (JSON array) the template suits; null for every category. */
  @Column({ type: 'text', nullable: true })
  categoryCodes: string | null;

  @Column({ type: 'boolean' })
  active: boolean;
}
