import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One deployed version of a BPMN definition. Rows are never changed after deployment except `active`:
 * instances keep the id of the version they started on, so choosing another active version moves none of them.
 */
@Entity('wf_definition')
export class WorkflowDefinition {
  @PrimaryGeneratedColumn()
  id: number;

  /** The id of the executable process in the XML; the versions of one workflow share it. */
  @Column({ type: 'varchar', length: 200 })
  processKey: string;

  /** 1, 2, 3 … per processKey. */
  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 255, nullable: true })
  name: string | null;

  /** The BPMN 2.0 XML as uploaded (mediumtext on MySQL). */
  @Column({ type: 'text' })
  xml: string;

  /** What validateDefinition made of the XML; the engine starts instances from it without parsing XML. */
  @Column({ type: 'text' })
  serializedContext: string;

  /** JSON of the validator's userTasks (assignee, stepKind, due, quorum per user task). */
  @Column({ type: 'text' })
  userTasks: string;

  /** The version new instances of the key start on; exactly one per key. */
  @Column({ type: 'boolean' })
  active: boolean;

  /** null when deployed by the system (seeds). */
  @Column({ type: 'integer', nullable: true })
  deployedByUserId: number | null;

  @Column({ type: 'datetime', precision: 3 })
  deployedAt: Date;
}
