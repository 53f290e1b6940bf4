import { Inject, Injectable } from '@nestjs/common';
import {
  InvalidInputError,
  RINGI_CONFIG,
  sanitiseUpload,
  verifyPdfSignatures,
  type PdfVerification,
  type RingiConfig,
} from '@ringi/platform';
import { CityCertificate } from './city-certificate';

export interface SignatureVerificationResult extends PdfVerification {
  /** The city's certificate that "trusted" refers to is the DEMO one (no identity configured). */
  cityCertificateIsDemo: boolean;
}

const badFile = (message: string) => new InvalidInputError(message, [{ field: 'file', messages: [message] }]);

/**
 * Verifies the signatures of a PDF someone hands in, trusting the city's own certificate and the timestamp
 * authorities of RINGI_TSA_TRUSTED_FINGERPRINTS.
 */
@Injectable()
export class SignatureVerification {
  constructor(
    private readonly city: CityCertificate,
    @Inject(RINGI_CONFIG) private readonly config: RingiConfig,
  ) {}

  /** The file goes through 無害化 first, like any upload; only a PDF can be verified. */
  verify(file: Buffer | undefined): SignatureVerificationResult {
    if (!file) throw badFile('検証する PDF ファイルを選んでください。');
    const checked = sanitiseUpload(file);
    if (!checked.ok) throw badFile(checked.message);
    if (checked.kind !== 'pdf') throw badFile('署名を検証できるのは PDF ファイルだけです。');
    return {
      ...verifyPdfSignatures(checked.content, {
        signers: [this.city.certificate.fingerprintSha256],
        timestampAuthorities: this.config.tsaTrustedFingerprints,
      }),
      cityCertificateIsDemo: this.city.demo,
    };
  }
}
