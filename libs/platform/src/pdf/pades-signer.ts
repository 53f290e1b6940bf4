import { Signer } from '@signpdf/utils';
import { attribute, CMS_OIDS, signAttributes, signedData } from './cms';
import { signingKeyOf, type SigningIdentity } from './signing-identity';
import { requestTimestamp } from './timestamp';

export interface PadesSignerOptions {
  /** An RFC 3161 timestamp authority: when set, the signature value is timestamped (PAdES B-T). */
  tsaUrl?: string | null;
}

/**
 * A detached CAdES signature for PAdES B-B: sha256 message digest and the ESS signing-certificate-v2 that binds the
 * signer's certificate into what is signed (P12Signer does not add it); B-T with a timestamp authority. No CMS
 * signing time: B-B forbids it, the signature dictionary's /M states it. The identity's certificates travel inside.
 */
export class PadesSigner extends Signer {
  constructor(
    private readonly identity: SigningIdentity,
    private readonly options: PadesSignerOptions = {},
  ) {
    super();
  }

  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    const { key, certificate, certificates } = signingKeyOf(this.identity);
    const signed = signAttributes({ key, certificate, contentType: CMS_OIDS.data, content: pdfBuffer });
    const unsignedAttributes = this.options.tsaUrl
      ? [attribute(CMS_OIDS.signatureTimeStampToken, await requestTimestamp(this.options.tsaUrl, signed.signature))]
      : [];
    return signedData({
      signer: certificate,
      certificates,
      contentType: CMS_OIDS.data,
      encapsulated: null,
      signed,
      unsignedAttributes,
    });
  }
}
