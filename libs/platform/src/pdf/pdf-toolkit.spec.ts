import { createHash } from 'node:crypto';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import signpdfModule from '@signpdf/signpdf';
import { Signer, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import forge from 'node-forge';
import { PDFDocument, PDFInvalidObject } from 'pdf-lib';
import { extractText, getDocumentProxy } from 'unpdf';
import { sanitiseUpload } from '../uploads/sanitise-upload';
import { demoSigningIdentity } from './demo-signing';
import { fontSubsetOf } from './japanese-fonts';
import { extractPdfText } from './pdf-text';
import { JapanesePdf } from './japanese-pdf';
import {
  attributeOf,
  certificateDer,
  CMS_OIDS,
  fromDer,
  parseSignedData,
  signAttributes,
  signedData,
  signingCertificateV2Hash,
  toDer,
  type ParsedSignedData,
} from './cms';
import { PadesSigner } from './pades-signer';
import { signPdf } from './pdf-signing';
import { verifyPdfSignatures } from './pdf-verification';
import { signingCertificateOf, signingKeyOf, summariseCertificate, type SigningIdentity } from './signing-identity';
import { TimestampError } from './timestamp';
import { selfSignedIdentity } from './test-support/self-signed';
import { startTestTsa, type TestTsa } from './test-support/test-tsa';

const signpdf = (signpdfModule as unknown as { default: typeof signpdfModule }).default ?? signpdfModule;

const textOf = async (pdf: Uint8Array) =>
  (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text;

/** A fresh self-signed identity: "someone else's" certificate, valid 2020–2040 unless told. */
function foreignIdentity(validity?: { notBefore: Date; notAfter: Date }): SigningIdentity {
  const { key, certificate } = selfSignedIdentity('Somebody Else', '02', [], validity);
  const p12 = forge.pkcs12.toPkcs12Asn1(key, [certificate], 'pw', { algorithm: '3des' });
  return { p12: Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'), passphrase: 'pw' };
}

const SIGNED_AT = new Date('2026-04-06T01:00:00Z');
const details = {
  reason: '施行',
  name: 'みなと市',
  location: 'みなと市役所',
  contactInfo: 'soumu@example.jp',
  signingTime: SIGNED_AT,
};

async function sampleDocument(): Promise<Uint8Array> {
  const pdf = await JapanesePdf.create({ title: '決裁文書', createdAt: SIGNED_AT });
  await pdf.title('令和8年度 文書事務研修の実施について');
  await pdf.paragraph('標記の件について、下記のとおり実施してよろしいか伺います。'.repeat(4));
  await pdf.table(
    [
      ['起案', '係長', '課長'],
      ['港 花子', '南 健二', '大西 浩一'],
    ],
    { headerRows: 1, minRowHeight: 30 },
  );
  await pdf.qrCode('https://ringi.example.jp/verify/ABC123', { caption: 'ABC123' });
  return pdf.save();
}

describe('PDF toolkit', () => {
  const city = demoSigningIdentity();
  const cityFingerprint = summariseCertificate(signingCertificateOf(city)).fingerprintSha256;
  let unsigned: Uint8Array;
  let signed: Buffer;

  beforeAll(async () => {
    unsigned = await sampleDocument();
    signed = await signPdf(unsigned, city, details);
  });

  it('maps code points to the font subsets that cover them', () => {
    expect(fontSubsetOf('決'.codePointAt(0)!)).toEqual(expect.any(Number));
    expect(fontSubsetOf('A'.codePointAt(0)!)).not.toBe(fontSubsetOf('決'.codePointAt(0)!));
    expect(fontSubsetOf(0xe000)).toBeNull();
  });

  it('embeds only the subsets the text uses, and the Japanese text extracts back unchanged', async () => {
    const pdf = await JapanesePdf.create();
    await pdf.paragraph('起案・決裁欄 令和８年 ABC');
    const bytes = await pdf.save();
    const doc = await PDFDocument.load(bytes);
    const objects = doc.context.enumerateIndirectObjects().map(([, object]) => object.toString());
    const fonts = objects.filter((object) => object.includes('/Subtype /Type0'));
    // One font per subset the text touches (Latin, kana, a few kanji subsets), each with its glyphs embedded.
    expect(fonts.length).toBeGreaterThan(1);
    expect(fonts.length).toBeLessThan(12);
    expect(objects.filter((object) => /\/FontFile[23]? /.test(object))).toHaveLength(fonts.length);
    expect(await textOf(bytes)).toBe('起案・決裁欄 令和８年 ABC');
  });

  it('wraps long paragraphs and draws tables whose cells extract as text', async () => {
    const text = await textOf(unsigned);
    expect(text.replace(/\s/g, '')).toContain('標記の件について、下記のとおり実施してよろしいか伺います。'.repeat(4));
    expect(text).toContain('大西 浩一');
    expect(text).toContain('ABC123');
  });

  it('signs with the configured identity: valid, trusted, not modified, signer and time reported', () => {
    const result = verifyPdfSignatures(signed, { signers: [cityFingerprint] });
    expect(result).toMatchObject({ signed: true, valid: true, trusted: true, modifiedAfterSigning: false });
    expect(result.signatures[0]).toMatchObject({ subFilter: 'ETSI.CAdES.detached', coversWholeFile: true });
    expect(result.signatures[0].signer?.subject).toContain('CN=DEMO ringi document signing');
    expect(result.signatures[0].signingTime).toEqual(SIGNED_AT);
  });

  it('finds a signed PDF invalid once one signed byte changes', () => {
    const tampered = Buffer.from(signed);
    const at = tampered.indexOf('/Title');
    tampered[at + 1] = 'X'.charCodeAt(0);
    const result = verifyPdfSignatures(tampered, { signers: [cityFingerprint] });
    expect(result).toMatchObject({ signed: true, valid: false, trusted: false });
    expect(result.signatures[0].problem).toContain('変更');
  });

  it('finds a signature invalid when its own value is altered', () => {
    const tampered = Buffer.from(signed);
    const contents = tampered.indexOf('/Contents <') + '/Contents <'.length;
    const at = contents + 800;
    tampered[at] = tampered[at] === 0x41 ? 0x42 : 0x41;
    expect(verifyPdfSignatures(tampered, { signers: [cityFingerprint] }).valid).toBe(false);
  });

  it('says so when bytes were added after the signature', () => {
    const appended = Buffer.concat([signed, Buffer.from('\n% appended\n')]);
    expect(verifyPdfSignatures(appended, { signers: [cityFingerprint] })).toMatchObject({
      valid: true,
      modifiedAfterSigning: true,
      trusted: false,
    });
  });

  it('reports an unsigned PDF as having no signature', () => {
    expect(verifyPdfSignatures(Buffer.from(unsigned), { signers: [cityFingerprint] })).toMatchObject({
      signed: false,
      valid: false,
      summary: '電子署名はありません。',
    });
  });

  it('finds a signature by a foreign certificate valid but untrusted', async () => {
    const foreign = await signPdf(unsigned, foreignIdentity(), details);
    const result = verifyPdfSignatures(foreign, { signers: [cityFingerprint] });
    expect(result).toMatchObject({ signed: true, valid: true, trusted: false });
    expect(result.signatures[0].signer?.subject).toBe('CN=Somebody Else');
  });

  it('keeps a signed PDF acceptable to the upload sanitiser (it is uploaded again to be verified)', () => {
    expect(sanitiseUpload(signed)).toMatchObject({ ok: true, kind: 'pdf' });
  });
});

/** Where a signed PDF's CMS sits: the hex between the angle brackets of the signature's /Contents. */
function contentsOf(pdf: Buffer): { start: number; end: number } {
  const start = pdf.indexOf('/Contents <') + '/Contents <'.length;
  return { start, end: pdf.indexOf('>', start) };
}

function cmsOf(pdf: Buffer): ParsedSignedData {
  const { start, end } = contentsOf(pdf);
  return parseSignedData(fromDer(Buffer.from(pdf.subarray(start, end).toString('latin1'), 'hex'), true));
}

/**
 * Signs like signPdf, with any signer and optionally another /M in the signature dictionary (null: none): for
 * signatures ringi itself would not make.
 */
async function signWith(signer: Signer, pdf: Uint8Array, dictionaryDate?: string | null): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  pdflibAddPlaceholder({ pdfDoc: doc, ...details, subFilter: SUBFILTER_ETSI_CADES_DETACHED });
  if (dictionaryDate !== undefined) rewriteSignatureDate(doc, dictionaryDate);
  return signpdf.sign(Buffer.from(await doc.save({ useObjectStreams: false })), signer, SIGNED_AT);
}

/** The placeholder keeps the signature dictionary as raw bytes; rewriting them before saving keeps offsets right. */
function rewriteSignatureDate(doc: PDFDocument, date: string | null): void {
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFInvalidObject)) continue;
    const bytes = new Uint8Array(object.sizeInBytes());
    object.copyBytesInto(bytes, 0);
    const dictionary = Buffer.from(bytes).toString('latin1');
    if (!dictionary.includes('/ByteRange')) continue;
    const rewritten = dictionary.replace(/\/M \(D:[^)]*\)/, date === null ? '' : `/M (${date})`);
    doc.context.assign(ref, PDFInvalidObject.of(Buffer.from(rewritten, 'latin1')));
  }
}

/** Signs as signers elsewhere (and ringi before PAdES baseline) did: with the signing time in the CMS. */
class ForgeSigner extends Signer {
  constructor(
    private readonly identity: SigningIdentity,
    private readonly cmsSigningTime: Date,
  ) {
    super();
  }

  override async sign(pdf: Buffer): Promise<Buffer> {
    const { key, certificate } = signingKeyOf(this.identity);
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(pdf.toString('binary'));
    p7.addCertificate(certificate);
    p7.addSigner({
      key,
      certificate,
      digestAlgorithm: forge.pki.oids.sha256,
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType, value: forge.pki.oids.data },
        { type: forge.pki.oids.messageDigest },
        // forge's types want a string; it takes the Date.
        { type: forge.pki.oids.signingTime, value: this.cmsSigningTime as unknown as string },
      ],
    });
    p7.sign({ detached: true });
    return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
  }
}

/** Signs with the given key but names another certificate in signing-certificate-v2. */
class OtherCertificateSigner extends Signer {
  constructor(
    private readonly identity: SigningIdentity,
    private readonly named: forge.pki.Certificate,
  ) {
    super();
  }

  override async sign(pdf: Buffer): Promise<Buffer> {
    const { key, certificate } = signingKeyOf(this.identity);
    const signed = signAttributes({ key, certificate: this.named, contentType: CMS_OIDS.data, content: pdf });
    return signedData({
      signer: certificate,
      certificates: [],
      contentType: CMS_OIDS.data,
      encapsulated: null,
      signed,
    });
  }
}

describe('PAdES B-B and B-T', () => {
  const city = demoSigningIdentity();
  const cityCertificate = signingCertificateOf(city);
  const cityFingerprint = summariseCertificate(cityCertificate).fingerprintSha256;
  let unsigned: Uint8Array;
  let tsa: TestTsa;

  beforeAll(async () => {
    unsigned = await sampleDocument();
    tsa = await startTestTsa();
  });
  afterAll(() => tsa.close());
  afterEach(() => {
    tsa.mode = 'grant';
  });

  it('signs the ESS signing-certificate-v2 with the sha256 of the signer’s certificate, and reports it', async () => {
    const signed = await signPdf(unsigned, city, details);
    const [signer] = cmsOf(signed).signers;
    const value = attributeOf(signer.signedAttributes, CMS_OIDS.signingCertificateV2);
    expect(value).not.toBeNull();
    expect(signingCertificateV2Hash(value!)).toEqual({
      algorithm: CMS_OIDS.sha256,
      hash: createHash('sha256').update(certificateDer(cityCertificate)).digest(),
    });
    expect(signer.unsignedAttributes).toEqual([]);
    const check = verifyPdfSignatures(signed, { signers: [cityFingerprint] });
    expect(check).toMatchObject({ valid: true, trusted: true });
    expect(check.signatures[0]).toMatchObject({ signingCertificateV2: true, timestamp: null, signingTime: SIGNED_AT });
  });

  it('leaves the signing time out of the CMS (PAdES baseline) and reports the signature dictionary’s /M', async () => {
    const signed = await signPdf(unsigned, city, details);
    const [signer] = cmsOf(signed).signers;
    expect(attributeOf(signer.signedAttributes, CMS_OIDS.signingTime)).toBeNull();
    expect(signed.toString('latin1')).toContain('/M (D:20260406010000Z)');
    expect(verifyPdfSignatures(signed, { signers: [cityFingerprint] }).signatures[0].signingTime).toEqual(SIGNED_AT);
    // The same instant written in JST, as other PDF writers do.
    const jst = await signWith(new PadesSigner(city), unsigned, "D:20260406100000+09'00'");
    expect(jst.toString('latin1')).toContain("/M (D:20260406100000+09'00')");
    const check = verifyPdfSignatures(jst, { signers: [cityFingerprint] });
    expect(check).toMatchObject({ valid: true, trusted: true });
    expect(check.signatures[0].signingTime).toEqual(SIGNED_AT);
  });

  it('takes the signing time from the CMS of a PDF signed elsewhere without /M, and /M over it otherwise', async () => {
    const cmsTime = new Date('2026-04-06T02:30:00Z');
    const withoutM = await signWith(new ForgeSigner(city, cmsTime), unsigned, null);
    expect(withoutM.toString('latin1')).not.toMatch(/\/M \(D:/);
    const check = verifyPdfSignatures(withoutM, { signers: [cityFingerprint] });
    expect(check).toMatchObject({ valid: true, trusted: true });
    expect(check.signatures[0]).toMatchObject({ signingTime: cmsTime, signingCertificateV2: null });
    const withM = await signWith(new ForgeSigner(city, cmsTime), unsigned);
    expect(verifyPdfSignatures(withM, { signers: [cityFingerprint] }).signatures[0].signingTime).toEqual(SIGNED_AT);
  });

  it('finds a signature invalid when its signing-certificate-v2 names another certificate', async () => {
    const other = signingCertificateOf(foreignIdentity());
    const signed = await signWith(new OtherCertificateSigner(city, other), unsigned);
    const check = verifyPdfSignatures(signed, { signers: [cityFingerprint] });
    expect(check).toMatchObject({ signed: true, valid: false, trusted: false });
    expect(check.signatures[0]).toMatchObject({ signingCertificateV2: false });
    expect(check.summary).toContain('signing-certificate-v2');
  });

  it('timestamps the signature value when a timestamp authority is given', async () => {
    const before = tsa.requests;
    const signed = await signPdf(unsigned, city, { ...details, signingTime: new Date() }, { tsaUrl: tsa.url });
    expect(tsa.requests).toBe(before + 1);
    const [signer] = cmsOf(signed).signers;
    const token = attributeOf(signer.unsignedAttributes, CMS_OIDS.signatureTimeStampToken);
    expect(parseSignedData(token!).contentType).toBe(CMS_OIDS.tstInfo);
    const check = verifyPdfSignatures(signed, { signers: [cityFingerprint] });
    expect(check).toMatchObject({ valid: true, trusted: true, modifiedAfterSigning: false });
    const { timestamp } = check.signatures[0];
    expect(timestamp).toMatchObject({ imprintMatches: true, tsaName: tsa.name, trusted: false });
    expect(timestamp!.authority).toMatchObject({ subject: tsa.name, fingerprintSha256: tsa.fingerprintSha256 });
    expect(Math.abs(timestamp!.time.getTime() - Date.now())).toBeLessThan(10_000);
    // An authority nobody trusts proves no time: the certificate is checked at the claimed one.
    expect(check.signatures[0].certificateCheckedAt).toEqual(check.signatures[0].signingTime);

    const trusting = verifyPdfSignatures(signed, {
      signers: [cityFingerprint],
      timestampAuthorities: [tsa.fingerprintSha256],
    });
    expect(trusting.signatures[0].timestamp).toMatchObject({ trusted: true });
    expect(trusting.signatures[0].certificateCheckedAt).toEqual(timestamp!.time);
  });

  it('checks the signer’s certificate at a trusted timestamp’s time, not at the time the signer claims', async () => {
    // Expired since June; the signature claims April (SIGNED_AT), the authority stamps it now.
    const lapsed = foreignIdentity({
      notBefore: new Date('2026-01-01T00:00:00Z'),
      notAfter: new Date('2026-06-30T00:00:00Z'),
    });
    const lapsedFingerprint = summariseCertificate(signingCertificateOf(lapsed)).fingerprintSha256;
    const signed = await signPdf(unsigned, lapsed, details, { tsaUrl: tsa.url });

    const claimed = verifyPdfSignatures(signed, { signers: [lapsedFingerprint] });
    expect(claimed).toMatchObject({ valid: true, trusted: true });
    expect(claimed.signatures[0]).toMatchObject({ certificateCheckedAt: SIGNED_AT, timestamp: { trusted: false } });

    const proven = verifyPdfSignatures(signed, {
      signers: [lapsedFingerprint],
      timestampAuthorities: [tsa.fingerprintSha256],
    });
    expect(proven).toMatchObject({ valid: false, trusted: false });
    expect(proven.signatures[0].problem).toBe('タイムスタンプの時刻に署名者の証明書が有効期間外です。');
    expect(proven.signatures[0].certificateCheckedAt).toEqual(proven.signatures[0].timestamp!.time);
  });

  it('finds a signature invalid when its timestamp stamps another signature', async () => {
    const first = await signPdf(unsigned, city, details, { tsaUrl: tsa.url });
    const second = await signPdf(unsigned, city, { ...details, reason: '許可' }, { tsaUrl: tsa.url });
    const tokenHex = (pdf: Buffer) => {
      const [signer] = cmsOf(pdf).signers;
      return toDer(attributeOf(signer.unsignedAttributes, CMS_OIDS.signatureTimeStampToken)!).toString('hex');
    };
    const [own, foreign] = [tokenHex(first), tokenHex(second)];
    // Unsigned attributes are outside the signature: swapping the token leaves the signature itself intact.
    expect(foreign).toHaveLength(own.length);
    const swapped = Buffer.from(first.toString('latin1').replace(own, foreign), 'latin1');
    expect(swapped.equals(first)).toBe(false);
    const check = verifyPdfSignatures(swapped, { signers: [cityFingerprint] });
    expect(check.valid).toBe(false);
    expect(check.signatures[0].timestamp).toMatchObject({ imprintMatches: false });
    expect(check.signatures[0].problem).toContain('タイムスタンプ');
  });

  it.each([
    ['reject', /refused the request \(status 2: request refused by test\)/],
    ['wrong-nonce', /another nonce/],
    ['http-500', /answered HTTP 500/],
  ] as const)('refuses to sign when the timestamp authority answers %s', async (mode, message) => {
    tsa.mode = mode;
    const signing = signPdf(unsigned, city, details, { tsaUrl: tsa.url });
    await expect(signing).rejects.toBeInstanceOf(TimestampError);
    await expect(signing).rejects.toThrow(message);
  });

  it('refuses to sign when the timestamp authority cannot be reached', async () => {
    const closed = await startTestTsa();
    await closed.close();
    const signing = signPdf(unsigned, city, details, { tsaUrl: closed.url });
    await expect(signing).rejects.toBeInstanceOf(TimestampError);
    await expect(signing).rejects.toThrow(
      /the timestamp authority http:\/\/127\.0\.0\.1:\d+ cannot be reached \(ECONNREFUSED\)/,
    );
  });
});

describe('extractPdfText', () => {
  it('reads the text layer of a PDF, and nothing from what is not one', async () => {
    const pdf = await JapanesePdf.create();
    await pdf.paragraph('道路占用の特例に関する覚書');
    expect(await extractPdfText(await pdf.save())).toBe('道路占用の特例に関する覚書');
    expect(await extractPdfText(Buffer.from('%PDF-1.4 broken'))).toBe('');
  });
});
