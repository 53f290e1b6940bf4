import { Inject, Injectable } from '@nestjs/common';
import { Between } from 'typeorm';
import { AuditTrail, type Principal } from '@ringi/auth';
import { jstDateOf } from '@ringi/hr';
import {
  Clock,
  DomainError,
  fiscalYearOf,
  InvalidInputError,
  RINGI_CONFIG,
  sanitiseUpload,
  Transactions,
  type ContentStore,
  type FieldProblem,
  type RingiConfig,
} from '@ringi/platform';
import { newVerificationCode, ApplicationProgress } from '../applications/application-progress';
import { ApplicationService } from '../applications/application.service';
import { PermitApplication } from '../applications/permit-application.entity';
import { PermitNumbers } from '../applications/permit-numbers';
import { PermitTimeline } from '../applications/permit-timeline';
import { permitContentStore } from '../attachments/permit-store';
import type { CounterApplicant } from '../review/review-records';
import { CsvFormatError, historicPermitOf, readHistoricCsv, type HistoricPermit } from './historic-csv';
import { isUniqueViolation } from '../unique-violation';

export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
}

export interface ImportReport {
  imported: Array<{ row: number; id: number; permitNumber: string }>;
  /** Rows left out, each with its number in the file and why, in Japanese. */
  rejected: Array<{ row: number; permitNumber: string; reasons: string[] }>;
}

class RowRejected extends Error {
  constructor(readonly reasons: string[]) {
    super(reasons.join(' / '));
  }
}

/**
 * 過去の許可の取込: rows of a CSV with their scanned permits become decided permits under their historic
 * numbers (the counter moves past them so ringi never issues them again). Each row is checked like an
 * application and written in its own transaction: a row is imported whole or not at all, and the report
 * names every row left out and why.
 */
@Injectable()
export class HistoricImport {
  private readonly store: ContentStore;

  constructor(
    @Inject(RINGI_CONFIG) config: RingiConfig,
    private readonly transactions: Transactions,
    private readonly applications: ApplicationService,
    private readonly progress: ApplicationProgress,
    private readonly numbers: PermitNumbers,
    private readonly timeline: PermitTimeline,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {
    this.store = permitContentStore(config);
  }

  async run(csv: UploadedFile | undefined, scans: UploadedFile[], principal: Principal): Promise<ImportReport> {
    if (!csv)
      throw new InvalidInputError('CSVファイルを選んでください。', [
        { field: 'csv', messages: ['CSVファイルを選んでください'] },
      ]);
    let rows;
    try {
      rows = readHistoricCsv(csv.buffer);
    } catch (error) {
      if (!(error instanceof CsvFormatError)) throw error;
      throw new InvalidInputError(error.message, [{ field: 'csv', messages: [error.message] }]);
    }
    const report: ImportReport = { imported: [], rejected: [] };
    for (const row of rows) {
      const parsed = historicPermitOf(row);
      if ('problems' in parsed) {
        report.rejected.push({ row: row.rowNumber, permitNumber: row.cells.permitNumber, reasons: parsed.problems });
        continue;
      }
      try {
        const id = await this.importOne(parsed.permit, scans, principal);
        report.imported.push({ row: row.rowNumber, id, permitNumber: parsed.permit.permitNumber });
      } catch (error) {
        report.rejected.push({
          row: row.rowNumber,
          permitNumber: parsed.permit.permitNumber,
          reasons: reasonsOf(error),
        });
      }
    }
    await this.audit.record({
      action: 'permits.import.completed',
      targetType: 'permit-import',
      targetId: null,
      capacity: 'self',
      detail: { file: csv.originalname, imported: report.imported.length, rejected: report.rejected.length },
    });
    return report;
  }

  private async importOne(permit: HistoricPermit, scans: UploadedFile[], principal: Principal): Promise<number> {
    if (permit.permittedOn > jstDateOf(this.clock.now())) throw new RowRejected(['許可日が未来の日付です']);
    const scan = scans.find((file) => fileNameOf(file) === permit.fileName);
    if (!scan) throw new RowRejected([`PDFファイル「${permit.fileName}」が添付されていません`]);
    const sanitised = sanitiseUpload(scan.buffer);
    if (!sanitised.ok) throw new RowRejected([`PDFファイル「${permit.fileName}」: ${sanitised.message}`]);
    if (sanitised.kind !== 'pdf') throw new RowRejected([`「${permit.fileName}」はPDFではありません`]);
    const { category, quote } = await this.applications.checked({
      kind: 'new',
      categoryCode: permit.categoryCode,
      fields: permit.fields,
      address: permit.address,
      roadName: permit.roadName,
      geometry: permit.geometry,
      quantity: permit.quantity,
      periodFrom: permit.periodFrom,
      periodTo: permit.periodTo,
      policeConsultation: false,
    });
    const sha256 = await this.store.put(sanitised.content);
    const fiscalYear = fiscalYearOf(permit.permittedOn);
    const decidedAt = new Date(`${permit.permittedOn}T09:00:00+09:00`);
    return this.transactions.run(async (em) => {
      await this.numbers.reserve(em, permit.symbol, fiscalYear, permit.sequence);
      const taken = await em.existsBy(PermitApplication, {
        permitNumber: permit.permitNumber,
        decidedAt: Between(
          new Date(`${fiscalYear}-04-01T00:00:00+09:00`),
          new Date(`${fiscalYear + 1}-03-31T23:59:59.999+09:00`),
        ),
      });
      if (taken) throw new RowRejected([`許可番号「${permit.permitNumber}」は${fiscalYear}年度にすでにあります`]);
      const applicant: CounterApplicant = {
        name: permit.holderName,
        address: permit.holderAddress,
        contact: permit.contact,
        portalUserId: null,
      };
      const row = em.create(PermitApplication, {
        applicantUserId: null,
        applicant: JSON.stringify(applicant),
        enteredByUserId: principal.userId,
        kind: 'new',
        categoryCode: category.code,
        fields: JSON.stringify(permit.fields),
        address: permit.address,
        roadName: permit.roadName,
        geometry: JSON.stringify(permit.geometry),
        feeDistrict: quote.feeDistrict,
        feeDistrictReason: null,
        quantityHundredths: Math.round(quote.quantity * 100),
        periodFrom: permit.periodFrom,
        periodTo: permit.periodTo,
        policeConsultation: false,
        quotedFeeYen: quote.totalYen,
        feeBreakdown: JSON.stringify(quote),
        status: 'permitted',
        stage: 'permitted',
        holderName: permit.holderName,
        verificationCode: newVerificationCode(),
        instanceId: null,
        permitNumber: permit.permitNumber,
        permitPdfSha256: sha256,
        permitPdfSource: 'scanned',
        submittedAt: decidedAt,
        decidedAt,
      });
      await em.insert(PermitApplication, row);
      await this.timeline.add(
        em,
        row.id,
        'permitted',
        `許可番号 ${permit.permitNumber}（過去の許可を取込）`,
        principal.userId,
      );
      await this.progress.remindBeforeExpiry(em, row.id, permit.periodTo);
      await this.audit.record({
        action: 'permits.application.imported',
        targetType: 'permit-application',
        targetId: row.id,
        capacity: 'self',
        detail: { permitNumber: permit.permitNumber, row: permit.rowNumber, scanSha256: sha256 },
      });
      return row.id;
    });
  }
}

/** Why a row could not be imported, for the report: field messages of the checks, or the refusal itself. */
function reasonsOf(error: unknown): string[] {
  if (error instanceof RowRejected) return error.reasons;
  if (error instanceof InvalidInputError && error.fields.length > 0) {
    return error.fields.flatMap((f: FieldProblem) => f.messages.map((m) => `${f.field}: ${m}`));
  }
  if (error instanceof DomainError) return [error.message];
  if (isUniqueViolation(error)) {
    return ['同じ許可番号の取込が同時に行われました。もう一度取り込んでください'];
  }
  throw error;
}

/** multer hands over a multipart file name's UTF-8 bytes as latin1; Japanese names are read back as UTF-8. */
function fileNameOf(file: UploadedFile): string {
  const utf8 = Buffer.from(file.originalname, 'latin1').toString('utf8');
  return Buffer.from(utf8, 'utf8').toString('latin1') === file.originalname && !utf8.includes('\uFFFD')
    ? utf8
    : file.originalname;
}
