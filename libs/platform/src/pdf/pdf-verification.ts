import { createHash } from 'node:crypto';
import forge from 'node-forge';
import { attributeOf, certificateDer, CMS_OIDS, signingCertificateV2Hash } from './cms';
import { summariseCertificate, type CertificateSummary } from './signing-identity';
import { readTimestampToken, TimestampError } from './timestamp';

/** One signature of a PDF, checked. */
export interface PdfSignatureCheck {
  /** The CMS signature verifies with the signer's certificate and its digest matches the signed bytes. */
  valid: boolean;
  /** Why it is not valid, for a person to read; null when valid. */
  problem: string | null;
  subFilter: string | null;
  signer: CertificateSummary | null;
  signingTime: Date | null;
  /**
   * When the signer's certificate was found within its validity: at a trusted timestamp's time, which an authority
   * vouches for, else at the claimed signing time; null when there is neither (or the check was not reached).
   */
  certificateCheckedAt: Date | null;
  /** The signer's certificate is one of the trusted ones (the city's own). */
  trusted: boolean;
  /** The byte range runs to the end of the file: nothing was appended after this signature. */
  coversWholeFile: boolean;
  /**
   * The signed ESS signing-certificate-v2 (PAdES B-B) names the certificate the signature carries; null when the
   * signature has none (or could not be read that far). A mismatch makes the signature invalid.
   */
  signingCertificateV2: boolean | null;
  /** The RFC 3161 timestamp over the signature value (PAdES B-T); null when there is none. */
  timestamp: SignatureTimestamp | null;
}

export interface SignatureTimestamp {
  /** When the timestamp authority saw the signature (TSTInfo genTime). */
  time: Date;
  tsaName?: string;
  /** The token stamps this signature's value; when false the signature is invalid. */
  imprintMatches: boolean;
  /** The certificate the authority signed the token with. */
  authority: CertificateSummary | null;
  /**
   * The authority is one of the trusted ones and its certificate was valid at the stamped time, so the time is
   * proven; an untrusted timestamp is reported but proves nothing.
   */
  trusted: boolean;
}

/** Whom to trust, each by the sha256 fingerprint of its DER certificate. */
export interface SignatureTrust {
  /** Signers (the city's own certificate). */
  signers: readonly string[];
  /** RFC 3161 timestamp authorities. */
  timestampAuthorities?: readonly string[];
}

export interface PdfVerification {
  signed: boolean;
  /** Every signature is valid. */
  valid: boolean;
  /** Valid, unmodified since, and the last signature is by a trusted certificate. */
  trusted: boolean;
  /** Bytes were added after the last signature (an incremental update that no signature covers). */
  modifiedAfterSigning: boolean;
  signatures: PdfSignatureCheck[];
  /** The verdict in one sentence. */
  summary: string;
}

const DIGESTS: Record<string, 'sha1' | 'sha256' | 'sha384' | 'sha512'> = {
  [forge.pki.oids.sha1]: 'sha1',
  [forge.pki.oids.sha256]: 'sha256',
  [forge.pki.oids.sha384]: 'sha384',
  [forge.pki.oids.sha512]: 'sha512',
};

interface SignedDataCapture {
  serial?: string;
  digestAlgorithm?: string;
  authenticatedAttributes?: forge.asn1.Asn1[];
  signature?: string;
  unauthenticatedAttributes?: forge.asn1.Asn1[];
}

/**
 * Checks every signature of a PDF: its byte range must cover the file except the signature's own contents, the
 * CMS signature must verify with the certificate it carries, and its message digest must match the signed bytes.
 * Trust is by certificate fingerprint (sha256 of the DER certificate), against the ones given.
 */
export function verifyPdfSignatures(pdf: Buffer, trust: SignatureTrust): PdfVerification {
  const text = pdf.toString('latin1');
  const signatures: Array<PdfSignatureCheck & { end: number }> = [];
  for (const match of text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)) {
    const range = match.slice(1, 5).map(Number) as [number, number, number, number];
    signatures.push({
      ...checkSignature(pdf, text, match.index, range, trust),
      end: range[2] + range[3],
    });
  }
  if (signatures.length === 0) {
    return {
      signed: false,
      valid: false,
      trusted: false,
      modifiedAfterSigning: false,
      signatures: [],
      summary: '電子署名はありません。',
    };
  }
  const last = signatures.reduce((a, b) => (b.end > a.end ? b : a));
  const valid = signatures.every((s) => s.valid);
  const modifiedAfterSigning = !last.coversWholeFile;
  const trusted = valid && last.trusted && !modifiedAfterSigning;
  const summary = !valid
    ? `署名が無効です: ${signatures.find((s) => !s.valid)!.problem}`
    : modifiedAfterSigning
      ? '署名は有効ですが、署名の後に文書が変更されています。'
      : trusted
        ? '署名は有効で、本市の証明書によるものです。'
        : '署名は有効ですが、本市の証明書によるものではありません。';
  return {
    signed: true,
    valid,
    trusted,
    modifiedAfterSigning,
    signatures: signatures.map(({ end: _end, ...check }) => check),
    summary,
  };
}

function checkSignature(
  pdf: Buffer,
  text: string,
  at: number,
  [start, firstLength, secondStart, secondLength]: [number, number, number, number],
  trust: SignatureTrust,
): PdfSignatureCheck {
  const subFilter =
    /\/SubFilter\s*\/([A-Za-z0-9.#_-]+)/.exec(
      text
        .slice(Math.max(0, at - 2000), at)
        .split('<<')
        .at(-1) ?? '',
    )?.[1] ?? null;
  const check: PdfSignatureCheck = {
    valid: false,
    problem: null,
    subFilter,
    signer: null,
    signingTime: null,
    certificateCheckedAt: null,
    trusted: false,
    coversWholeFile: secondStart + secondLength === pdf.length,
    signingCertificateV2: null,
    timestamp: null,
  };
  const contents = text.slice(firstLength, secondStart);
  if (start !== 0 || secondStart <= firstLength || secondStart + secondLength > pdf.length) {
    return { ...check, problem: '署名の対象範囲（ByteRange）がファイルと合いません。' };
  }
  if (!/^<[0-9A-Fa-f\s]*>$/.test(contents)) {
    return { ...check, problem: '署名の対象範囲（ByteRange）の外に署名以外の内容があります。' };
  }
  const signed = Buffer.concat([pdf.subarray(0, firstLength), pdf.subarray(secondStart, secondStart + secondLength)]);
  let p7: forge.pkcs7.PkcsSignedData & { rawCapture?: SignedDataCapture };
  try {
    const der = Buffer.from(contents.slice(1, -1).replace(/\s/g, ''), 'hex');
    // The contents are zero-padded after the DER; forge's types miss the option that allows trailing bytes.
    const fromDer = forge.asn1.fromDer as unknown as (
      bytes: forge.util.ByteStringBuffer,
      options: object,
    ) => forge.asn1.Asn1;
    const asn1 = fromDer(forge.util.createBuffer(der.toString('binary')), { parseAllBytes: false });
    p7 = forge.pkcs7.messageFromAsn1(asn1) as typeof p7;
  } catch {
    return { ...check, problem: '署名データ（CMS）を読み取れません。' };
  }
  const capture = p7.rawCapture ?? {};
  const cert = signerCertificate(p7.certificates, capture.serial);
  if (!cert) return { ...check, problem: '署名者の証明書が署名に含まれていません。' };
  const signer = summariseCertificate(cert);
  const attributes = capture.authenticatedAttributes ?? [];
  // PAdES: the dictionary's /M is the claimed time; CMS signing-time only where a signer elsewhere put it instead.
  const signingTime =
    pdfDate(signatureDictionary(text, at, firstLength, secondStart)) ??
    attributeValue(attributes, CMS_OIDS.signingTime, asn1Date);
  const found: PdfSignatureCheck = {
    ...check,
    signer,
    signingTime,
    trusted: trust.signers.includes(signer.fingerprintSha256),
  };
  const digest = DIGESTS[forge.asn1.derToOid(capture.digestAlgorithm ?? '')];
  if (!digest || !capture.signature) return { ...found, problem: '対応していない署名方式です。' };
  const contentDigest = createHash(digest).update(signed).digest('binary');
  let signedBytes = contentDigest;
  if (attributes.length > 0) {
    const messageDigest = attributeValue(attributes, forge.pki.oids.messageDigest, (v) => String(v.value));
    if (messageDigest !== contentDigest) return { ...found, problem: '署名の後に文書の内容が変更されています。' };
    // The signature covers the attributes, DER-encoded as a SET (in the SignerInfo they are tagged [0]).
    const set = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, attributes);
    signedBytes = createHash(digest)
      .update(Buffer.from(forge.asn1.toDer(set).getBytes(), 'binary'))
      .digest('binary');
  }
  try {
    const publicKey = cert.publicKey as forge.pki.rsa.PublicKey;
    if (!publicKey.verify(signedBytes, capture.signature)) {
      return { ...found, problem: '署名値が証明書の公開鍵で検証できません。' };
    }
  } catch {
    return { ...found, problem: '署名値が証明書の公開鍵で検証できません。' };
  }
  const signingCertificateV2 = signingCertificateMatches(attributes, cert);
  if (signingCertificateV2 === false) {
    return {
      ...found,
      signingCertificateV2,
      problem: '署名に記録された署名者証明書（signing-certificate-v2）が、同梱の証明書と一致しません。',
    };
  }
  const stamped = { ...found, signingCertificateV2 };
  let stamp: { timestamp: SignatureTimestamp; authentic: boolean } | null;
  try {
    stamp = signatureTimestamp(
      capture.unauthenticatedAttributes ?? [],
      capture.signature,
      trust.timestampAuthorities ?? [],
    );
  } catch (error) {
    if (!(error instanceof TimestampError)) throw error;
    return { ...stamped, problem: 'タイムスタンプトークンを読み取れません。' };
  }
  const timestamp = stamp?.timestamp ?? null;
  if (stamp && !stamp.authentic) {
    return { ...stamped, timestamp, problem: 'タイムスタンプの署名が時刻認証局の証明書で検証できません。' };
  }
  if (timestamp && !timestamp.imprintMatches) {
    return { ...stamped, timestamp, problem: 'タイムスタンプがこの署名値に対するものではありません。' };
  }
  // A trusted timestamp proves when the signature existed; the claimed time is only the signer's word.
  const certificateCheckedAt = timestamp?.trusted ? timestamp.time : signingTime;
  const checked = { ...stamped, timestamp, certificateCheckedAt };
  if (certificateCheckedAt && !validAt(cert, certificateCheckedAt)) {
    const problem = timestamp?.trusted
      ? 'タイムスタンプの時刻に署名者の証明書が有効期間外です。'
      : '署名の時点で証明書が有効期間外です。';
    return { ...checked, problem };
  }
  return { ...checked, valid: true };
}

/** null without the attribute; otherwise whether its certHash is the hash of the carried signer certificate. */
function signingCertificateMatches(attributes: forge.asn1.Asn1[], cert: forge.pki.Certificate): boolean | null {
  const value = attributeOf(attributes, CMS_OIDS.signingCertificateV2);
  if (!value) return null;
  const named = signingCertificateV2Hash(value);
  const digest = named && DIGESTS[named.algorithm];
  if (!named || !digest) return false;
  return createHash(digest).update(certificateDer(cert)).digest().equals(named.hash);
}

const validAt = (cert: forge.pki.Certificate, time: Date) =>
  time >= cert.validity.notBefore && time <= cert.validity.notAfter;

/**
 * The signature-time-stamp token, if any: its time, whether it stamps this signature value, whether the
 * authority's signature over it verifies with the certificate it carries, and whether that authority is trusted.
 * Throws TimestampError if unreadable.
 */
function signatureTimestamp(
  unsigned: forge.asn1.Asn1[],
  signatureValue: string,
  trustedAuthorities: readonly string[],
): { timestamp: SignatureTimestamp; authentic: boolean } | null {
  const token = attributeOf(unsigned, CMS_OIDS.signatureTimeStampToken);
  if (!token) return null;
  const { info, signedBy } = readTimestampToken(token);
  const digest = DIGESTS[info.imprintAlgorithm];
  const imprintMatches =
    Boolean(digest) && createHash(digest).update(Buffer.from(signatureValue, 'binary')).digest().equals(info.imprint);
  const authority = signedBy ? summariseCertificate(signedBy) : null;
  const trusted =
    signedBy !== null &&
    imprintMatches &&
    trustedAuthorities.includes(authority!.fingerprintSha256) &&
    validAt(signedBy, info.time);
  return {
    timestamp: {
      time: info.time,
      ...(info.tsaName ? { tsaName: info.tsaName } : {}),
      imprintMatches,
      authority,
      trusted,
    },
    authentic: signedBy !== null,
  };
}

function signerCertificate(
  certificates: forge.pki.Certificate[],
  serial: string | undefined,
): forge.pki.Certificate | undefined {
  const normalise = (hex: string) => hex.toLowerCase().replace(/^0+/, '');
  const wanted = serial ? normalise(forge.util.bytesToHex(serial)) : null;
  return certificates.find((c) => wanted !== null && normalise(c.serialNumber) === wanted) ?? certificates[0];
}

function attributeValue<T>(attributes: forge.asn1.Asn1[], oid: string, read: (value: forge.asn1.Asn1) => T): T | null {
  for (const attribute of attributes) {
    const [type, values] = attribute.value as forge.asn1.Asn1[];
    if (forge.asn1.derToOid(String(type.value)) !== oid) continue;
    const [value] = values.value as forge.asn1.Asn1[];
    return value ? read(value) : null;
  }
  return null;
}

function asn1Date(value: forge.asn1.Asn1): Date {
  return value.type === forge.asn1.Type.UTCTIME
    ? forge.asn1.utcTimeToDate(String(value.value))
    : forge.asn1.generalizedTimeToDate(String(value.value));
}

/** How far around a signature's contents its dictionary is looked for, when no `obj` … `endobj` bounds it. */
const DICTIONARY_REACH = 4000;

/**
 * The text of the object holding a signature's dictionary (whose /ByteRange is at `at`), from its `obj` to its
 * `endobj`, without the signature's own hex contents.
 */
function signatureDictionary(text: string, at: number, firstLength: number, secondStart: number): string {
  const head = Math.min(at, firstLength);
  const tail = Math.max(at, secondStart);
  const begin = Math.max(text.lastIndexOf(' obj', head), head - DICTIONARY_REACH, 0);
  const objectEnd = text.indexOf('endobj', tail);
  const end = objectEnd < 0 ? tail + DICTIONARY_REACH : Math.min(objectEnd, tail + DICTIONARY_REACH);
  return text.slice(begin, firstLength) + text.slice(secondStart, end);
}

/** A dictionary's /M as a PDF date (D:YYYYMMDDHHmmSS with Z or an offset HH'mm'); null when absent or unreadable. */
function pdfDate(dictionary: string): Date | null {
  const m = /\/M\s*\(D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|[+-]\d{2}'?\d{2}'?)?/.exec(dictionary);
  if (!m) return null;
  const zone = !m[7] || m[7] === 'Z' ? 'Z' : `${m[7].slice(0, 3)}:${m[7].replace(/'/g, '').slice(3, 5)}`;
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`);
  return Number.isNaN(date.getTime()) ? null : date;
}
