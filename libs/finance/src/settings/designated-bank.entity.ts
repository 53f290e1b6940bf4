import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AccountType } from '../domain/bank-account';

/**
 * The city's account at its designated bank (指定金融機関), from which transfers are paid: one row (id 1) that
 * the 会計室 keeps, read into every Zengin header.
 */
@Entity('fin_designated_bank')
export class DesignatedBank {
  @PrimaryColumn({ type: 'integer' })
  id: number;

  /** 委託者コード assigned by the bank, 10 digits. */
  @Column({ type: 'varchar', length: 10 })
  requesterCode: string;

  /** 依頼人名 in Zengin kana. */
  @Column({ type: 'varchar', length: 40 })
  nameKana: string;

  @Column({ type: 'varchar', length: 4 })
  bankCode: string;

  @Column({ type: 'varchar', length: 15 })
  bankNameKana: string;

  @Column({ type: 'varchar', length: 3 })
  branchCode: string;

  @Column({ type: 'varchar', length: 15 })
  branchNameKana: string;

  @Column({ type: 'varchar', length: 8 })
  accountType: AccountType;

  @Column({ type: 'varchar', length: 7 })
  accountNumber: string;

  @Column({ type: 'integer', nullable: true })
  updatedByUserId: number | null;

  @Column({ type: 'datetime', precision: 3 })
  updatedAt: Date;
}
