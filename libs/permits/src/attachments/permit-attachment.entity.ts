import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A file of an application (位置図, 平面図 …) as stored after 無害化; the bytes live in the content store. */
@Entity('permit_attachment')
export class PermitAttachment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  applicationId: number;

  /** 位置図, 平面図, 横断図, 縦断図, 求積図, 構造図, 写真. */
  @Column({ type: 'varchar', length: 16 })
  attachmentKind: string;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Column({ type: 'varchar', length: 64 })
  mediaType: string;

  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  /** reencoded (images) or checked (PDFs without active content). */
  @Column({ type: 'varchar', length: 16 })
  treatment: string;

  @Column({ type: 'datetime', precision: 3 })
  uploadedAt: Date;
}
