import { createHash, randomBytes } from 'node:crypto';
import forge from 'node-forge';
import {
  algorithm,
  bytesOf,
  CMS_OIDS,
  fromDer,
  integer,
  integerHex,
  octets,
  oidOf,
  parseSignedData,
  sequence,
  smallInteger,
  toDer,
  verifySigner,
} from './cms';
import { distinguishedName } from './signing-identity';

const { asn1 } = forge;
type Asn1 = forge.asn1.Asn1;

const TSA_TIMEOUT_MS = 10_000;
/** PKIStatus granted (0) and grantedWithMods (1): a token comes with them. */
const GRANTED = [0, 1];

/** The timestamp authority could not give a valid timestamp; the message says why, for an operator. */
export class TimestampError extends Error {
  override name = 'TimestampError';
}

/** What a timestamp token states (RFC 3161 TSTInfo). */
export interface TimestampInfo {
  time: Date;
  tsaName?: string;
  /** OID of the hash in the message imprint. */
  imprintAlgorithm: string;
  imprint: Buffer;
  /** Hex without padding; null when the token carries none. */
  nonce: string | null;
}

export interface TimestampToken {
  info: TimestampInfo;
  /** The TSA's certificate carried in the token, when the token's signature verifies with it. */
  signedBy: forge.pki.Certificate | null;
}

/** Reads a timestamp token (a ContentInfo { signedData } over a TSTInfo); throws TimestampError if it is not one. */
export function readTimestampToken(token: Asn1): TimestampToken {
  let data: ReturnType<typeof parseSignedData>;
  let info: TimestampInfo;
  try {
    data = parseSignedData(token);
    if (data.contentType !== CMS_OIDS.tstInfo || !data.content || data.signers.length !== 1) {
      throw new Error('not a signed TSTInfo');
    }
    info = parseTstInfo(data.content);
  } catch (error) {
    throw new TimestampError(`the timestamp token cannot be read (${(error as Error).message})`);
  }
  return { info, signedBy: verifySigner(data, data.signers[0]) };
}

function parseTstInfo(der: Buffer): TimestampInfo {
  const [, , imprint, , genTime, ...rest] = fromDer(der).value as Asn1[];
  const [hashAlgorithm, hashed] = imprint.value as Asn1[];
  const nonce = rest.find((f) => f.tagClass === asn1.Class.UNIVERSAL && f.type === asn1.Type.INTEGER);
  const tsa = rest.find((f) => f.tagClass === asn1.Class.CONTEXT_SPECIFIC && f.type === 0);
  const tsaName = tsa ? generalName((tsa.value as Asn1[])[0]) : undefined;
  return {
    time: asn1.generalizedTimeToDate(String(genTime.value)),
    ...(tsaName ? { tsaName } : {}),
    imprintAlgorithm: oidOf((hashAlgorithm.value as Asn1[])[0]),
    imprint: bytesOf(hashed),
    nonce: nonce ? integerHex(bytesOf(nonce)) : null,
  };
}

/** A GeneralName as text: a directoryName (tag 4) as a DN, an e-mail, DNS name or URI (1, 2, 6) as is. */
function generalName(name: Asn1 | undefined): string | undefined {
  if (!name || name.tagClass !== asn1.Class.CONTEXT_SPECIFIC) return undefined;
  if (name.type === 4) {
    const rdnAttributes = (forge.pki as unknown as { RDNAttributesAsArray(rdn: Asn1): forge.pki.CertificateField[] })
      .RDNAttributesAsArray;
    return distinguishedName(rdnAttributes((name.value as Asn1[])[0]));
  }
  return [1, 2, 6].includes(name.type) ? String(name.value) : undefined;
}

/**
 * Asks an RFC 3161 timestamp authority to stamp a signature value (sha256 imprint, a random nonce, its certificate
 * requested) and checks the answer: granted, the imprint and nonce ours, the token's signature valid.
 * Returns the token (a ContentInfo) for the signer's unsigned attributes; throws TimestampError otherwise.
 */
export async function requestTimestamp(url: string, signatureValue: Buffer): Promise<Asn1> {
  const imprint = createHash('sha256').update(signatureValue).digest();
  const nonce = randomBytes(8);
  // Positive and minimally encoded: the top bit clear, the next one set.
  nonce[0] = (nonce[0] & 0x7f) | 0x40;
  const request = sequence([
    smallInteger(1),
    sequence([algorithm(CMS_OIDS.sha256), octets(imprint)]),
    integer(nonce),
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.BOOLEAN, false, '\xff'),
  ]);
  const reply = await post(url, toDer(request));
  return checkedToken(reply, imprint, integerHex(nonce));
}

async function post(url: string, body: Buffer): Promise<Buffer> {
  // Only the origin is named: a URL may carry credentials.
  const origin = new URL(url).origin;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/timestamp-query', accept: 'application/timestamp-reply' },
      body: new Uint8Array(body),
      signal: AbortSignal.timeout(TSA_TIMEOUT_MS),
    });
  } catch (error) {
    const reason =
      (error as Error).name === 'TimeoutError'
        ? `no answer within ${TSA_TIMEOUT_MS / 1000} s`
        : ((error as { cause?: { code?: string; message?: string } }).cause?.code ??
          (error as { cause?: { message?: string } }).cause?.message ??
          (error as Error).message);
    throw new TimestampError(`the timestamp authority ${origin} cannot be reached (${reason})`);
  }
  if (!response.ok) throw new TimestampError(`the timestamp authority ${origin} answered HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

function checkedToken(reply: Buffer, imprint: Buffer, nonce: string): Asn1 {
  let status: number;
  let statusText: string | undefined;
  let token: Asn1 | undefined;
  try {
    const [statusInfo, content] = fromDer(reply).value as Asn1[];
    const [code, text] = statusInfo.value as Asn1[];
    status = asn1.derToInteger(String(code.value));
    statusText = text?.type === asn1.Type.SEQUENCE ? freeText(text) : undefined;
    token = content;
  } catch {
    throw new TimestampError('the timestamp authority answered something that is not a TimeStampResp');
  }
  if (!GRANTED.includes(status)) {
    throw new TimestampError(
      `the timestamp authority refused the request (status ${status}${statusText ? `: ${statusText}` : ''})`,
    );
  }
  if (!token) throw new TimestampError('the timestamp authority granted the request but sent no token');
  const { info, signedBy } = readTimestampToken(token);
  if (info.imprintAlgorithm !== CMS_OIDS.sha256 || !info.imprint.equals(imprint)) {
    throw new TimestampError('the timestamp token stamps another message imprint than the one asked for');
  }
  if (info.nonce !== nonce) throw new TimestampError('the timestamp token carries another nonce than the one sent');
  if (!signedBy) throw new TimestampError('the timestamp token’s signature does not verify with its certificate');
  return token;
}

/** PKIFreeText: UTF8Strings, joined. */
function freeText(text: Asn1): string {
  return (text.value as Asn1[]).map((s) => forge.util.decodeUtf8(String(s.value))).join(' ');
}
