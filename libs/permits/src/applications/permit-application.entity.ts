import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ApplicationStage } from './application-stage';

export type ApplicationKind = 'new' | 'renewal' | 'change' | 'end' | 'succession';
/** 審査中 while the workflow runs; 許可 or 不許可 when it ends; 取下げ when the applicant withdraws. */
export type ApplicationStatus = 'reviewing' | 'permitted' | 'rejected' | 'withdrawn';
/** How a permit ended before its period: 廃止 by its holder, or replaced by a permitted 変更・承継. */
export type PermitEndReason = 'ended' | 'superseded';

/** An online 道路占用許可 application: the case clerks work on, never re-keyed. */
@Entity('permit_application')
export class PermitApplication {
  @PrimaryGeneratedColumn()
  id: number;

  /** The portal account that applied or follows the case; null for a counter entry with no account. */
  @Column({ type: 'integer', nullable: true })
  applicantUserId: number | null;

  /** CounterApplicant as JSON for applications entered at the counter (窓口代行入力); null from the portal. */
  @Column({ type: 'text', nullable: true })
  applicant: string | null;

  /** The clerk who entered the application on the applicant's behalf. */
  @Column({ type: 'integer', nullable: true })
  enteredByUserId: number | null;

  @Column({ type: 'varchar', length: 16 })
  kind: ApplicationKind;

  /** The permit an 更新・変更・廃止・承継 cites (its application's id); null for 新規. */
  @Column({ type: 'integer', nullable: true })
  citedApplicationId: number | null;

  /** 承継: the current holder as the successor named them, matching the cited permit. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  citedHolderName: string | null;

  /**
   * The cited permit while this application is pending, null once it is decided or withdrawn: a unique index lets
   * only one pending application cite a permit, even with two API processes on one database.
   */
  @Column({ type: 'integer', nullable: true })
  pendingCitationOf: number | null;

  /** The day a permit stopped being in force before its period ended (廃止, or superseded). */
  @Column({ type: 'date', utc: true, nullable: true })
  endedOn: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  endReason: PermitEndReason | null;

  /** The 廃止・変更・承継 application whose 許可 ended this permit. */
  @Column({ type: 'integer', nullable: true })
  endedByApplicationId: number | null;

  /** The permitted 更新 that continues this permit after its period. */
  @Column({ type: 'integer', nullable: true })
  renewedByApplicationId: number | null;

  /** The last message the applicant has read; later ones from clerks are 未読 for them. */
  @Column({ type: 'integer', nullable: true })
  applicantReadMessageId: number | null;

  /** The last message any clerk has read; later ones from the applicant are 未読 for the section. */
  @Column({ type: 'integer', nullable: true })
  clerksReadMessageId: number | null;

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

  /** 級地: from the place by the area table, unless a clerk overrode it (with the reason). */
  @Column({ type: 'integer' })
  feeDistrict: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  feeDistrictReason: string | null;

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

  /**
   * The FeeQuote (per fiscal year: months, unit price, quantity, yen, and the table version) as JSON, fixed when
   * it was quoted, so a later fee table never changes the fee of a case already priced or decided.
   */
  @Column({ type: 'text', nullable: true })
  feeBreakdown: string | null;

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

  /** The review checklist as JSON: item key -> ChecklistMark. */
  @Column({ type: 'text', nullable: true })
  checklist: string | null;

  /** 許可条件 as JSON (PermitCondition[]), printed on the permit. */
  @Column({ type: 'text', nullable: true })
  conditions: string | null;

  /** 道路使用許可協議 with the police: PoliceConsultationResult as JSON. */
  @Column({ type: 'text', nullable: true })
  policeResult: string | null;

  /** 減免 as JSON (Exemption): requested by a clerk, in the fee only once the section chief approved it. */
  @Column({ type: 'text', nullable: true })
  exemption: string | null;

  /** The permit document in the content store: the signed 許可書 ringi issued, or a historic permit's scan. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  permitPdfSha256: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  permitPdfSource: 'issued' | 'scanned' | null;

  @Column({ type: 'datetime', precision: 3 })
  submittedAt: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  decidedAt: Date | null;
}
