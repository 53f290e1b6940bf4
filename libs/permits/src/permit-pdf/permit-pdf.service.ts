import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ContentStore } from '@ringi/platform';
import { IsNull } from 'typeorm';
import { OrganisationService } from '@ringi/hr';
import {
  Clock,
  ConflictError,
  NotFoundError,
  RINGI_CONFIG,
  signingCertificateOf,
  signPdf,
  summariseCertificate,
  TimestampError,
  Transactions,
  UnavailableError,
  type RingiConfig,
  type SignatureDetails,
} from '@ringi/platform';
import { PermitApplication } from '../applications/permit-application.entity';
import { CategoryService } from '../categories/category.service';
import { chargesOccupancyFee } from '../fees/application-fee';
import type { FeeQuote } from '../fees/occupancy-fee';
import { fromJson, type CounterApplicant, type PermitCondition } from '../review/review-records';
import { permitContentStore } from '../attachments/permit-store';
import { permitDocumentName, renderPermit, verificationUrlOf } from './permit-document';

export interface PermitFile {
  fileName: string;
  content: Buffer;
}

/**
 * The 道路占用許可書 of a permitted application: drawn once from the decided case, signed with the city's key
 * (PAdES) and kept in the content store, so every download is the same signed file.
 */
@Injectable()
export class PermitPdfService {
  private readonly store: ContentStore;
  private readonly log = new Logger(PermitPdfService.name);

  constructor(
    @Inject(RINGI_CONFIG) private readonly config: RingiConfig,
    private readonly transactions: Transactions,
    private readonly categories: CategoryService,
    private readonly organisation: OrganisationService,
    private readonly clock: Clock,
  ) {
    this.store = permitContentStore(config);
  }

  /** The permit of an application; `ownerUserId` limits it to the applicant's own (null for clerks). */
  async permitOf(id: number, ownerUserId: number | null): Promise<PermitFile> {
    const row = await this.transactions.run((em) => em.findOneBy(PermitApplication, { id }));
    if (!row || (ownerUserId !== null && row.applicantUserId !== ownerUserId)) {
      throw new NotFoundError(`申請（ID ${id}）が見つかりません。`);
    }
    if (!row.permitNumber || !row.verificationCode) throw new ConflictError('この申請はまだ許可されていません。');
    const fileName = `${permitDocumentName(!chargesOccupancyFee(row.kind))}_${row.permitNumber}.pdf`;
    if (row.permitPdfSha256) return { fileName, content: await this.store.read(row.permitPdfSha256) };
    const sha256 = await this.store.put(await this.issue(row));
    // Two first downloads at once: the first stored file wins and both answer with it.
    await this.transactions.run((em) =>
      em.update(
        PermitApplication,
        { id, permitPdfSha256: IsNull() },
        { permitPdfSha256: sha256, permitPdfSource: 'issued' },
      ),
    );
    const stored = await this.transactions.run((em) => em.findOneByOrFail(PermitApplication, { id }));
    return { fileName, content: await this.store.read(stored.permitPdfSha256!) };
  }

  private async issue(row: PermitApplication): Promise<Buffer> {
    const category = await this.categories.byCode(row.categoryCode);
    const section = await this.organisation.findUnitByCode(category.sectionUnitCode);
    const city = section ? (await this.organisation.unitAncestors(section.id)).find((u) => u.parentId === null) : null;
    const issuer = `${city?.name ?? ''}長`;
    const pdf = await renderPermit({
      permitNumber: row.permitNumber!,
      permittedAt: row.decidedAt ?? this.clock.now(),
      holderName: row.holderName ?? '',
      holderAddress: fromJson<CounterApplicant>(row.applicant)?.address ?? null,
      categoryName: category.name,
      quantity: row.quantityHundredths / 100,
      unit: category.unit,
      address: row.address,
      roadName: row.roadName,
      periodFrom: row.periodFrom,
      periodTo: row.periodTo,
      fee: chargesOccupancyFee(row.kind) ? fromJson<FeeQuote>(row.feeBreakdown) : null,
      endsPermitNumber: chargesOccupancyFee(row.kind) ? null : await this.permitNumberOf(row.citedApplicationId),
      conditions: fromJson<PermitCondition[]>(row.conditions) ?? [],
      verificationCode: row.verificationCode!,
      verificationUrl: verificationUrlOf(this.config.publicBaseUrl, row.verificationCode!),
      issuer,
    });
    return this.sign(pdf, {
      reason: `道路占用許可 ${row.permitNumber}`,
      name: summariseCertificate(signingCertificateOf(this.config.signing)).subject,
      location: city?.name ?? '',
      contactInfo: section?.name ?? '',
      signingTime: this.clock.now(),
    });
  }

  /** A timestamp authority that fails leaves no permit stored, and an answer saying why (503); a retry issues it. */
  private async sign(pdf: Uint8Array, details: SignatureDetails): Promise<Buffer> {
    try {
      return await signPdf(pdf, this.config.signing, details, { tsaUrl: this.config.tsaUrl });
    } catch (error) {
      if (!(error instanceof TimestampError)) throw error;
      this.log.error(`許可書のタイムスタンプを取得できません: ${error.message}`);
      throw new UnavailableError(
        '時刻認証局からタイムスタンプを取得できないため、許可書を発行できませんでした。しばらくしてからやり直してください。',
      );
    }
  }

  /** The number of the permit a 廃止 ends. */
  private async permitNumberOf(id: number | null): Promise<string | null> {
    if (id === null) return null;
    const cited = await this.transactions.run((em) => em.findOneBy(PermitApplication, { id }));
    return cited?.permitNumber ?? null;
  }
}
