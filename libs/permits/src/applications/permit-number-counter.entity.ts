import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The last 許可番号 given per symbol and 年度; taken under a row lock so numbers never repeat. */
@Entity('permit_number_counter')
export class PermitNumberCounter {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 32 })
  symbol: string;

  @Column({ type: 'integer' })
  fiscalYear: number;

  @Column({ type: 'integer' })
  lastNumber: number;
}
