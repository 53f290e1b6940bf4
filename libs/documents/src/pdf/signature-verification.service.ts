import { Injectable } from '@nestjs/common';
import { InvalidInputError, sanitiseUpload, verifyPdfSignatures, type PdfVerification } from '@ringi/platform';
import { CityCertificate } from './city-certificate';

export interface SignatureVerificationResult extends PdfVerification {
  /** The city's certificate that "trusted" refers to is the DEMO one (no identity configured). */
  cityCertificateIsDemo: boolean;
}

const badFile = (message: string) => new InvalidInputError(message, [{ field: 'file', messages: [message] }]);

/** Verifies the signatures of a PDF someone hands in, trusting the city's own certificate. */
@Injectable()
export class SignatureVerification {
  constructor(private readonly city: CityCertificate) {}

  /** The file goes through 無害化 first, like any upload; only a PDF can be verified. */
  verify(file: Buffer | undefined): SignatureVerificationResult {
    if (!file) throw badFile('検証する PDF ファイルを選んでください。');
    const checked = sanitiseUpload(file);
    if (!checked.ok) throw badFile(checked.message);
    if (checked.kind !== 'pdf') throw badFile('署名を検証できるのは PDF ファイルだけです。');
    return {
      ...verifyPdfSignatures(checked.content, [this.city.certificate.fingerprintSha256]),
      cityCertificateIsDemo: this.city.demo,
    };
  }
}
