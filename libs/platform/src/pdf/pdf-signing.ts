import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import signpdfModule from '@signpdf/signpdf';
import { P12Signer } from '@signpdf/signer-p12';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { PDFDocument } from 'pdf-lib';
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
  signingTime: Date;
}

/**
 * Signs a PDF (PAdES: a CAdES detached CMS over the whole file but the signature itself, subFilter
 * ETSI.CAdES.detached) with the identity's key; the certificate travels inside the signature.
 */
export async function signPdf(pdf: Uint8Array, identity: SigningIdentity, details: SignatureDetails): Promise<Buffer> {
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
  });
  // The signature dictionary must stay a plain object, outside any object stream, for the byte range to be found.
  const prepared = Buffer.from(await doc.save({ useObjectStreams: false }));
  const signer = new P12Signer(identity.p12, { passphrase: identity.passphrase });
  return signpdf.sign(prepared, signer, details.signingTime);
}
