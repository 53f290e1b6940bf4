import { createHash } from 'node:crypto';
import forge from 'node-forge';

/**
 * Just enough CMS (RFC 5652) SignedData, built and read with node-forge's ASN.1: forge's own pkcs7 writes only the
 * three classic signed attributes and reads only `data` content, and PAdES needs more on both sides.
 */
const { asn1 } = forge;
type Asn1 = forge.asn1.Asn1;

export const CMS_OIDS = {
  data: forge.pki.oids.data,
  signedData: forge.pki.oids.signedData,
  contentType: forge.pki.oids.contentType,
  messageDigest: forge.pki.oids.messageDigest,
  /** Read only, from signatures made elsewhere: PAdES baseline signatures must not carry it. */
  signingTime: forge.pki.oids.signingTime,
  sha256: forge.pki.oids.sha256,
  rsaEncryption: forge.pki.oids.rsaEncryption,
  /** RFC 5035 ESS signing-certificate-v2: binds the signer's certificate into what is signed (PAdES B-B). */
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  /** RFC 3161 timestamp token over the signature value, as an unsigned attribute (PAdES B-T). */
  signatureTimeStampToken: '1.2.840.113549.1.9.16.2.14',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
} as const;

export const sequence = (items: Asn1[]): Asn1 => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, items);
export const oid = (value: string): Asn1 =>
  asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(value).getBytes());
export const octets = (bytes: Buffer): Asn1 =>
  asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, bytes.toString('binary'));
export const integer = (bytes: Buffer): Asn1 =>
  asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, bytes.toString('binary'));
export const smallInteger = (value: number): Asn1 =>
  asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, asn1.integerToDer(value).getBytes());
export const algorithm = (value: string): Asn1 =>
  sequence([oid(value), asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, '')]);
const tagged = (tag: number, items: Asn1[]): Asn1 => asn1.create(asn1.Class.CONTEXT_SPECIFIC, tag, true, items);

export const toDer = (value: Asn1): Buffer => Buffer.from(asn1.toDer(value).getBytes(), 'binary');
export const bytesOf = (value: Asn1): Buffer => Buffer.from(String(value.value), 'binary');
export const oidOf = (value: Asn1): string => asn1.derToOid(String(value.value));

/** Parses DER; `trailing` allows bytes after it (a PDF signature's contents are zero-padded). */
export function fromDer(der: Buffer, trailing = false): Asn1 {
  // forge's types miss the options argument.
  const parse = asn1.fromDer as unknown as (bytes: forge.util.ByteStringBuffer, options: object) => Asn1;
  return parse(forge.util.createBuffer(der.toString('binary')), { parseAllBytes: !trailing });
}

/** An unsigned INTEGER's bytes without sign padding, for comparing serials and nonces. */
export const integerHex = (bytes: Buffer): string => bytes.toString('hex').replace(/^(00)+(?=.)/, '');

export const certificateDer = (cert: forge.pki.Certificate): Buffer => toDer(forge.pki.certificateToAsn1(cert));

/** A DER SET OF: its elements sorted by their encodings (X.690 11.6); CMS signed attributes are hashed this way. */
export function derSet(items: Asn1[]): Asn1 {
  const sorted = items
    .map((item) => ({ item, der: toDer(item) }))
    .sort((a, b) => Buffer.compare(a.der, b.der))
    .map(({ item }) => item);
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, sorted);
}

export const attribute = (type: string, value: Asn1): Asn1 => sequence([oid(type), derSet([value])]);

/** SigningCertificateV2 with one ESSCertIDv2: the sha256 (the default, so no algorithm) of the DER certificate. */
export function signingCertificateV2(cert: forge.pki.Certificate): Asn1 {
  const certHash = createHash('sha256').update(certificateDer(cert)).digest();
  return attribute(CMS_OIDS.signingCertificateV2, sequence([sequence([sequence([octets(certHash)])])]));
}

export interface CmsSignerInput {
  key: forge.pki.rsa.PrivateKey;
  certificate: forge.pki.Certificate;
  contentType: string;
  content: Buffer;
}

export interface SignedAttributes {
  /** The attributes as a DER SET, the bytes the signature covers. */
  set: Asn1;
  /** RSA PKCS#1 v1.5 over sha256 of the set. */
  signature: Buffer;
}

/**
 * Signs contentType, messageDigest (sha256) and signing-certificate-v2. No signingTime: PAdES baseline forbids it
 * (ETSI EN 319 142-1), the claimed time is the signature dictionary's /M.
 */
export function signAttributes(input: CmsSignerInput): SignedAttributes {
  const set = derSet([
    attribute(CMS_OIDS.contentType, oid(input.contentType)),
    attribute(CMS_OIDS.messageDigest, octets(createHash('sha256').update(input.content).digest())),
    signingCertificateV2(input.certificate),
  ]);
  const md = forge.md.sha256.create();
  md.update(asn1.toDer(set).getBytes());
  return { set, signature: Buffer.from(input.key.sign(md), 'binary') };
}

export interface SignedDataInput {
  /** The signer's certificate; `certificates` are carried too (its chain, as the PKCS#12 holds it). */
  signer: forge.pki.Certificate;
  certificates: forge.pki.Certificate[];
  contentType: string;
  /** Carried inside (a timestamp token's TSTInfo); null for a detached signature. */
  encapsulated: Buffer | null;
  signed: SignedAttributes;
  unsignedAttributes?: Asn1[];
}

/** ContentInfo { signedData } with one signer identified by issuer and serial, and its certificate. */
export function signedData(input: SignedDataInput): Buffer {
  const { signer, signed } = input;
  const signerInfo = sequence([
    smallInteger(1),
    sequence([forge.pki.distinguishedNameToAsn1(signer.issuer), integer(Buffer.from(signer.serialNumber, 'hex'))]),
    algorithm(CMS_OIDS.sha256),
    tagged(0, signed.set.value as Asn1[]),
    algorithm(CMS_OIDS.rsaEncryption),
    octets(signed.signature),
    ...(input.unsignedAttributes?.length ? [tagged(1, input.unsignedAttributes)] : []),
  ]);
  const encapsulated = sequence([
    oid(input.contentType),
    ...(input.encapsulated ? [tagged(0, [octets(input.encapsulated)])] : []),
  ]);
  const content = sequence([
    smallInteger(input.contentType === CMS_OIDS.data ? 1 : 3),
    derSet([algorithm(CMS_OIDS.sha256)]),
    encapsulated,
    tagged(
      0,
      [signer, ...input.certificates.filter((c) => c !== signer)].map((c) => forge.pki.certificateToAsn1(c)),
    ),
    derSet([signerInfo]),
  ]);
  return toDer(sequence([oid(CMS_OIDS.signedData), tagged(0, [content])]));
}

export interface ParsedSignerInfo {
  /** Serial of the signer's certificate, hex without padding. */
  serial: string;
  digestAlgorithm: string;
  signedAttributes: Asn1[];
  signature: Buffer;
  unsignedAttributes: Asn1[];
}

export interface ParsedSignedData {
  contentType: string;
  content: Buffer | null;
  certificates: forge.pki.Certificate[];
  signers: ParsedSignerInfo[];
}

/** Reads a ContentInfo { signedData }; throws on anything else. */
export function parseSignedData(contentInfo: Asn1): ParsedSignedData {
  const [type, wrapped] = contentInfo.value as Asn1[];
  if (oidOf(type) !== CMS_OIDS.signedData) throw new Error('not a CMS SignedData');
  const fields = ((wrapped.value as Asn1[])[0].value as Asn1[]).slice(2);
  const [encapsulated, ...rest] = fields;
  const [contentType, explicit] = encapsulated.value as Asn1[];
  const certificateSet = rest.find((f) => f.tagClass === asn1.Class.CONTEXT_SPECIFIC && f.type === 0);
  const signerSet = rest.at(-1)!;
  return {
    contentType: oidOf(contentType),
    content: explicit ? octetStringContent((explicit.value as Asn1[])[0]) : null,
    certificates: ((certificateSet?.value as Asn1[] | undefined) ?? [])
      .filter((c) => c.tagClass === asn1.Class.UNIVERSAL)
      .map((c) => forge.pki.certificateFromAsn1(c)),
    signers: (signerSet.value as Asn1[]).map(parseSignerInfo),
  };
}

/** An OCTET STRING's bytes, also when BER splits it into pieces. */
function octetStringContent(value: Asn1): Buffer {
  return Array.isArray(value.value) ? Buffer.concat(value.value.map(octetStringContent)) : bytesOf(value);
}

function parseSignerInfo(info: Asn1): ParsedSignerInfo {
  const [, signerId, digest, ...rest] = info.value as Asn1[];
  const isTagged = (f: Asn1, tag: number) => f.tagClass === asn1.Class.CONTEXT_SPECIFIC && f.type === tag;
  const signature = rest.find((f) => f.tagClass === asn1.Class.UNIVERSAL && f.type === asn1.Type.OCTETSTRING)!;
  return {
    serial: integerHex(bytesOf((signerId.value as Asn1[])[1])),
    digestAlgorithm: oidOf((digest.value as Asn1[])[0]),
    signedAttributes: (rest.find((f) => isTagged(f, 0))?.value as Asn1[] | undefined) ?? [],
    signature: bytesOf(signature),
    unsignedAttributes: (rest.find((f) => isTagged(f, 1))?.value as Asn1[] | undefined) ?? [],
  };
}

/** The first value of an attribute, or null when absent. */
export function attributeOf(attributes: Asn1[], type: string): Asn1 | null {
  for (const item of attributes) {
    const [name, values] = item.value as Asn1[];
    if (oidOf(name) === type) return (values.value as Asn1[])[0] ?? null;
  }
  return null;
}

/** The hash algorithm (sha256 when omitted) and certHash of the first ESSCertIDv2 of a signing-certificate-v2. */
export function signingCertificateV2Hash(value: Asn1): { algorithm: string; hash: Buffer } | null {
  const first = ((value.value as Asn1[])[0]?.value as Asn1[] | undefined)?.[0];
  const [head, second] = (first?.value as Asn1[] | undefined) ?? [];
  if (!head) return null;
  if (head.type === asn1.Type.SEQUENCE) {
    return second ? { algorithm: oidOf((head.value as Asn1[])[0]), hash: bytesOf(second) } : null;
  }
  return { algorithm: CMS_OIDS.sha256, hash: bytesOf(head) };
}

/** The signer's certificate (matched by serial) when the signature over its signed attributes verifies with it. */
export function verifySigner(data: ParsedSignedData, signer: ParsedSignerInfo): forge.pki.Certificate | null {
  const cert = data.certificates.find((c) => integerHex(Buffer.from(c.serialNumber, 'hex')) === signer.serial);
  if (!cert || signer.digestAlgorithm !== CMS_OIDS.sha256 || !data.content) return null;
  const digest = attributeOf(signer.signedAttributes, CMS_OIDS.messageDigest);
  const expected = createHash('sha256').update(data.content).digest();
  if (!digest || !bytesOf(digest).equals(expected)) return null;
  // Hashed as encoded: the signer's order is what it signed.
  const md = forge.md.sha256.create();
  md.update(asn1.toDer(asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, signer.signedAttributes)).getBytes());
  try {
    return (cert.publicKey as forge.pki.rsa.PublicKey).verify(
      md.digest().getBytes(),
      signer.signature.toString('binary'),
    )
      ? cert
      : null;
  } catch {
    return null;
  }
}
