import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The last 文書番号 sequence given for a document symbol in a fiscal year. */
@Entity('doc_counter')
export class DocumentCounter {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 20 })
  docSymbol: string;

  @Column({ type: 'integer' })
  fiscalYear: number;

  @Column({ type: 'integer' })
  lastSequence: number;
}
