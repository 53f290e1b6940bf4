import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ApplicationStage } from './application-stage';

export type ApplicationKind = 'new' | 'renewal' | 'change' | 'end' | 'succession';
/** 審査中 while the workflow runs; 許可 or 不許可 when it ends; 取下げ when the applicant withdraws. */
export type ApplicationStatus = 'reviewing' | 'permitted' | 'rejected' | 'withdrawn';

/** An online 道路占用許可 application: the case clerks work on, never re-keyed. */
@Entity('permit_application')
export class PermitApplication {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  applicantUserId: number;

  @Column({ type: 'varchar', length: 16 })
  kind: ApplicationKind;

  @Column({ type: 'varchar', length: 64 })
  categoryCode: string;

  /** Category-specific values as JSON. */
  @Column({ type: 'text' })
  fields: string;

  @Column({ type: 'varchar', length: 300 })
  address: string;

  @Column({ type: 'varchar', length: 200 })
  roadName: string;

  /** GeoJSON geometry (Point, LineString or Polygon) as JSON. */
  @Column({ type: 'text' })
  geometry: string;

  @Column({ type: 'integer' })
  feeDistrict: number;

  /** In hundredths of the category's unit (0.01 m, 0.01 m²), so money maths stays in integers. */
  @Column({ type: 'integer' })
  quantityHundredths: number;

  @Column({ type: 'date', utc: true })
  periodFrom: string;

  @Column({ type: 'date', utc: true })
  periodTo: string;

  /** Works on the carriageway need the police's 道路使用許可: the route gains a consultation. */
  @Column({ type: 'boolean' })
  policeConsultation: boolean;

  @Column({ type: 'integer' })
  quotedFeeYen: number;

  @Column({ type: 'varchar', length: 16 })
  status: ApplicationStatus;

  @Column({ type: 'varchar', length: 24 })
  stage: ApplicationStage;

  /** The applicant's name or organisation as the permit names the holder. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  holderName: string | null;

  /** Printed on the permit; GET /api/verify/:code tells anyone whether it is genuine and valid. */
  @Column({ type: 'varchar', length: 24, nullable: true })
  verificationCode: string | null;

  @Column({ type: 'integer', nullable: true })
  instanceId: number | null;

  /** e.g. 港道占第12号, given on 許可. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  permitNumber: string | null;

  @Column({ type: 'datetime', precision: 3 })
  submittedAt: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  decidedAt: Date | null;
}
