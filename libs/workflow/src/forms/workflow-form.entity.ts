import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One version of a form bound to a process. Versions never change; the highest is the one staff fill in. */
@Entity('wf_form')
export class WorkflowForm {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 60 })
  formKey: string;

  @Column({ type: 'integer' })
  version: number;

  /** The process a submission starts (its active version). */
  @Column({ type: 'varchar', length: 200 })
  processKey: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  description: string | null;

  /** JSON array of FormField. */
  @Column({ type: 'text' })
  fields: string;

  @Column({ type: 'integer', nullable: true })
  createdByUserId: number | null;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;
}
