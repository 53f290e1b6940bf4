import { createHash } from 'node:crypto';
import forge from 'node-forge';

/** A signing key and its certificate, as a PKCS#12 file and its passphrase (from configuration). */
export interface SigningIdentity {
  p12: Buffer;
  passphrase: string;
}

export interface CertificateSummary {
  /** Distinguished name, most specific first (CN=…, O=…, C=…). */
  subject: string;
  issuer: string;
  serialNumber: string;
  validFrom: Date;
  validTo: Date;
  /** sha256 of the DER certificate, hex: what "the city's certificate" is compared by. */
  fingerprintSha256: string;
}

export class SigningIdentityError extends Error {
  override name = 'SigningIdentityError';
}

/** The identity's own certificate (the one matching its private key); throws SigningIdentityError if unreadable. */
export function signingCertificateOf(identity: SigningIdentity): forge.pki.Certificate {
  return signingKeyOf(identity).certificate;
}

export interface SigningKey {
  key: forge.pki.rsa.PrivateKey;
  /** The certificate of the key. */
  certificate: forge.pki.Certificate;
  /** Every certificate the PKCS#12 holds (the key's and any chain). */
  certificates: forge.pki.Certificate[];
}

/** The identity's private key and certificates; throws SigningIdentityError if unreadable. */
export function signingKeyOf(identity: SigningIdentity): SigningKey {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(identity.p12.toString('binary')));
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1, false, identity.passphrase);
  } catch (error) {
    throw new SigningIdentityError(
      `the PKCS#12 file cannot be read with this passphrase (${(error as Error).message})`,
    );
  }
  const keys = p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag] ?? [];
  const key = keys[0]?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key) throw new SigningIdentityError('the PKCS#12 file holds no private key');
  const certificates = (p12.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? [])
    .map((bag) => bag.cert)
    .filter((cert): cert is forge.pki.Certificate => Boolean(cert));
  const own = certificates.find((cert) => {
    const publicKey = cert.publicKey as forge.pki.rsa.PublicKey;
    return publicKey.n?.equals(key.n) && publicKey.e?.equals(key.e);
  });
  if (!own) throw new SigningIdentityError('the PKCS#12 file holds no certificate for its private key');
  return { key, certificate: own, certificates };
}

export function summariseCertificate(cert: forge.pki.Certificate): CertificateSummary {
  const der = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
  return {
    subject: distinguishedName(cert.subject.attributes),
    issuer: distinguishedName(cert.issuer.attributes),
    serialNumber: cert.serialNumber,
    validFrom: cert.validity.notBefore,
    validTo: cert.validity.notAfter,
    fingerprintSha256: createHash('sha256').update(der).digest('hex'),
  };
}

/** A distinguished name, most specific first (CN=…, O=…, C=…). */
export function distinguishedName(attributes: forge.pki.CertificateField[]): string {
  return [...attributes]
    .reverse()
    .map((a) => `${a.shortName ?? a.name ?? a.type}=${decodeUtf8(String(a.value))}`)
    .join(', ');
}

/** forge keeps UTF8String values as their UTF-8 bytes in a binary string. */
function decodeUtf8(value: string): string {
  try {
    return forge.util.decodeUtf8(value);
  } catch {
    return value;
  }
}
