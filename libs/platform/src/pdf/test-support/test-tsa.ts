import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import forge from 'node-forge';
import { CMS_OIDS, fromDer, integer, oid, sequence, signAttributes, signedData, smallInteger } from '../cms';
import { summariseCertificate } from '../signing-identity';
import { selfSignedIdentity } from './self-signed';

const { asn1 } = forge;
type Asn1 = forge.asn1.Asn1;

/** How the test TSA answers: a good token, a refusal, a token with another nonce, or an HTTP error. */
export type TestTsaMode = 'grant' | 'reject' | 'wrong-nonce' | 'http-500';

export interface TestTsa {
  url: string;
  /** The authority's name as the tokens carry it. */
  name: string;
  /** The sha256 fingerprint of the authority's certificate, as trust lists name it. */
  fingerprintSha256: string;
  mode: TestTsaMode;
  requests: number;
  close(): Promise<void>;
}

const TSA_NAME = 'Test TSA';
const POLICY = '1.3.6.1.4.1.99999.1';

/** A throwaway RFC 3161 authority on 127.0.0.1 with its own self-signed key (generated per call: slow-ish). */
export async function startTestTsa(): Promise<TestTsa> {
  const { key, certificate } = authorityIdentity();
  let serial = 0;
  const tsa: TestTsa = {
    url: '',
    name: `CN=${TSA_NAME}`,
    fingerprintSha256: summariseCertificate(certificate).fingerprintSha256,
    mode: 'grant',
    requests: 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      tsa.requests += 1;
      if (tsa.mode === 'http-500') {
        res.writeHead(500).end();
        return;
      }
      serial += 1;
      const reply = answer(tsa.mode, Buffer.concat(chunks), { key, certificate, serial });
      res.writeHead(200, { 'content-type': 'application/timestamp-reply' }).end(reply);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  tsa.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tsa`;
  return tsa;
}

function authorityIdentity(): { key: forge.pki.rsa.PrivateKey; certificate: forge.pki.Certificate } {
  return selfSignedIdentity(TSA_NAME, '7a', [{ name: 'extKeyUsage', critical: true, timeStamping: true }]);
}

interface Authority {
  key: forge.pki.rsa.PrivateKey;
  certificate: forge.pki.Certificate;
  serial: number;
}

function answer(mode: TestTsaMode, request: Buffer, authority: Authority): Buffer {
  if (mode === 'reject') {
    const text = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.UTF8, false, 'request refused by test');
    return Buffer.from(asn1.toDer(sequence([sequence([smallInteger(2), sequence([text])])])).getBytes(), 'binary');
  }
  const [, messageImprint, ...rest] = fromDer(request).value as Asn1[];
  const nonce = rest.find((f) => f.type === asn1.Type.INTEGER);
  const tstInfo = sequence([
    smallInteger(1),
    oid(POLICY),
    messageImprint,
    // Fixed width, so tokens of one authority are the same size.
    integer(Buffer.from(authority.serial.toString(16).padStart(8, '0').replace(/^./, '1'), 'hex')),
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.GENERALIZEDTIME, false, asn1.dateToGeneralizedTime(new Date())),
    ...(nonce ? [mode === 'wrong-nonce' ? integer(randomBytes(8).fill(0x41, 0, 1)) : nonce] : []),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [
      asn1.create(asn1.Class.CONTEXT_SPECIFIC, 4, true, [
        forge.pki.distinguishedNameToAsn1(authority.certificate.subject),
      ]),
    ]),
  ]);
  const content = Buffer.from(asn1.toDer(tstInfo).getBytes(), 'binary');
  const token = signedData({
    signer: authority.certificate,
    certificates: [],
    contentType: CMS_OIDS.tstInfo,
    encapsulated: content,
    signed: signAttributes({ ...authority, contentType: CMS_OIDS.tstInfo, content }),
  });
  return Buffer.from(asn1.toDer(sequence([sequence([smallInteger(0)]), fromDer(token)])).getBytes(), 'binary');
}
