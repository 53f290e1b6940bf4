import { Inject, Injectable } from '@nestjs/common';
import {
  RINGI_CONFIG,
  signingCertificateOf,
  summariseCertificate,
  type CertificateSummary,
  type RingiConfig,
  type SigningIdentity,
} from '@ringi/platform';

/** The city's signing identity from configuration, its certificate read once (opening a PKCS#12 is slow). */
@Injectable()
export class CityCertificate {
  readonly identity: SigningIdentity;
  readonly certificate: CertificateSummary;
  /** The DEMO identity is in use: no RINGI_SIGNING_P12_* is configured. */
  readonly demo: boolean;

  constructor(@Inject(RINGI_CONFIG) config: RingiConfig) {
    this.identity = config.signing;
    this.demo = config.signing.demo;
    this.certificate = summariseCertificate(signingCertificateOf(config.signing));
  }
}
