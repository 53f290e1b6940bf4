import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A category (分類) of the file plan (ファイル基準表). */
@Entity('doc_file_category')
export class FileCategory {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'integer' })
  sortOrder: number;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;
}
