import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AccountType } from '../domain/bank-account';

/** 債権者: someone the city pays, with the bank account transfers go to. */
@Entity('fin_payee')
export class Payee {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 200 })
  address: string;

  @Column({ type: 'varchar', length: 4 })
  bankCode: string;

  /** Half-width kana for the transfer file; banks accept the record without it, so it may be empty. */
  @Column({ type: 'varchar', length: 15 })
  bankNameKana: string;

  @Column({ type: 'varchar', length: 3 })
  branchCode: string;

  @Column({ type: 'varchar', length: 15 })
  branchNameKana: string;

  @Column({ type: 'varchar', length: 10 })
  accountType: AccountType;

  @Column({ type: 'varchar', length: 7 })
  accountNumber: string;

  /** 口座名義 in Zengin half-width kana. */
  @Column({ type: 'varchar', length: 30 })
  holderKana: string;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;
}
