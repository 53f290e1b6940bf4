import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One line of a fiscal year's budget for a section, classified 款・項・目・節. Its row is the lock every change
 * of the line's balance takes first (commitments, 流用, 補正), so two spenders never both take the last yen.
 */
@Entity('fin_budget_line')
export class BudgetLine {
  @PrimaryGeneratedColumn()
  id: number;

  /** 年度, named by the calendar year it starts in (2026 = 令和8年度). */
  @Column({ type: 'integer' })
  fiscalYear: number;

  /** The section (課) whose budget this is. */
  @Column({ type: 'integer' })
  unitId: number;

  /** 款・項・目・節 codes joined with dots, e.g. 02.01.01.11; sorts the lines as the budget book does. */
  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 60 })
  kan: string;

  @Column({ type: 'varchar', length: 60 })
  kou: string;

  @Column({ type: 'varchar', length: 60 })
  moku: string;

  @Column({ type: 'varchar', length: 60 })
  setsu: string;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;
}
