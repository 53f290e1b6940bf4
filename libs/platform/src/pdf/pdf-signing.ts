import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import signpdfModule from '@signpdf/signpdf';
import { DEFAULT_SIGNATURE_LENGTH, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { PDFDocument } from 'pdf-lib';
import { PadesSigner } from './pades-signer';
import { signingCertificateOf, type SigningIdentity } from './signing-identity';

// A CommonJS module whose default export is the SignPdf instance.
const signpdf = (signpdfModule as unknown as { default: typeof signpdfModule }).default ?? signpdfModule;

export interface SignatureDetails {
  /** Why it is signed (施行, 許可), shown by PDF readers. */
  reason: string;
  /** Who signs: the city or office. */
  name: string;
  location: string;
  contactInfo: string;
  /** The claimed signing time, as the signature dictionary's /M (PAdES keeps it out of the CMS). */
  signingTime: Date;
}

export interface SignPdfOptions {
  /** An RFC 3161 timestamp authority; the signature is timestamped when set (PAdES B-T). */
  tsaUrl?: string | null;
}

/** A timestamp token carries the TSA's certificate (and maybe its chain): room for it in the placeholder. */
const TIMESTAMPED_SIGNATURE_LENGTH = 32768;

/**
 * Signs a PDF (PAdES B-B: a CAdES detached CMS over the whole file but the signature itself, subFilter
 * ETSI.CAdES.detached, with signing-certificate-v2; B-T when a timestamp authority is given) with the identity's
 * key; the certificate travels inside the signature. Throws TimestampError when the authority gives no valid token.
 */
export async function signPdf(
  pdf: Uint8Array,
  identity: SigningIdentity,
  details: SignatureDetails,
  options: SignPdfOptions = {},
): Promise<Buffer> {
  signingCertificateOf(identity);
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason: details.reason,
    name: details.name,
    location: details.location,
    contactInfo: details.contactInfo,
    signingTime: details.signingTime,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    signatureLength: options.tsaUrl ? TIMESTAMPED_SIGNATURE_LENGTH : DEFAULT_SIGNATURE_LENGTH,
  });
  // The signature dictionary must stay a plain object, outside any object stream, for the byte range to be found.
  const prepared = Buffer.from(await doc.save({ useObjectStreams: false }));
  const signer = new PadesSigner(identity, { tsaUrl: options.tsaUrl });
  return signpdf.sign(prepared, signer);
}
