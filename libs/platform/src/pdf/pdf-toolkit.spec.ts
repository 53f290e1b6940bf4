import forge from 'node-forge';
import { PDFDocument } from 'pdf-lib';
import { extractText, getDocumentProxy } from 'unpdf';
import { sanitiseUpload } from '../uploads/sanitise-upload';
import { demoSigningIdentity } from './demo-signing';
import { fontSubsetOf } from './japanese-fonts';
import { extractPdfText } from './pdf-text';
import { JapanesePdf } from './japanese-pdf';
import { signPdf } from './pdf-signing';
import { verifyPdfSignatures } from './pdf-verification';
import { signingCertificateOf, summariseCertificate, type SigningIdentity } from './signing-identity';

const textOf = async (pdf: Uint8Array) =>
  (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text;

/** A fresh self-signed identity: "someone else's" certificate. */
function foreignIdentity(): SigningIdentity {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = '02';
  cert.validity.notBefore = new Date('2020-01-01T00:00:00Z');
  cert.validity.notAfter = new Date('2040-01-01T00:00:00Z');
  const name = [{ name: 'commonName', value: 'Somebody Else' }];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const p12 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], 'pw', { algorithm: '3des' });
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
    const result = verifyPdfSignatures(signed, [cityFingerprint]);
    expect(result).toMatchObject({ signed: true, valid: true, trusted: true, modifiedAfterSigning: false });
    expect(result.signatures[0]).toMatchObject({ subFilter: 'ETSI.CAdES.detached', coversWholeFile: true });
    expect(result.signatures[0].signer?.subject).toContain('CN=DEMO ringi document signing');
    expect(result.signatures[0].signingTime).toEqual(SIGNED_AT);
  });

  it('finds a signed PDF invalid once one signed byte changes', () => {
    const tampered = Buffer.from(signed);
    const at = tampered.indexOf('/Title');
    tampered[at + 1] = 'X'.charCodeAt(0);
    const result = verifyPdfSignatures(tampered, [cityFingerprint]);
    expect(result).toMatchObject({ signed: true, valid: false, trusted: false });
    expect(result.signatures[0].problem).toContain('変更');
  });

  it('finds a signature invalid when its own value is altered', () => {
    const tampered = Buffer.from(signed);
    const contents = tampered.indexOf('/Contents <') + '/Contents <'.length;
    const at = contents + 800;
    tampered[at] = tampered[at] === 0x41 ? 0x42 : 0x41;
    expect(verifyPdfSignatures(tampered, [cityFingerprint]).valid).toBe(false);
  });

  it('says so when bytes were added after the signature', () => {
    const appended = Buffer.concat([signed, Buffer.from('\n% appended\n')]);
    expect(verifyPdfSignatures(appended, [cityFingerprint])).toMatchObject({
      valid: true,
      modifiedAfterSigning: true,
      trusted: false,
    });
  });

  it('reports an unsigned PDF as having no signature', () => {
    expect(verifyPdfSignatures(Buffer.from(unsigned), [cityFingerprint])).toMatchObject({
      signed: false,
      valid: false,
      summary: '電子署名はありません。',
    });
  });

  it('finds a signature by a foreign certificate valid but untrusted', async () => {
    const foreign = await signPdf(unsigned, foreignIdentity(), details);
    const result = verifyPdfSignatures(foreign, [cityFingerprint]);
    expect(result).toMatchObject({ signed: true, valid: true, trusted: false });
    expect(result.signatures[0].signer?.subject).toBe('CN=Somebody Else');
  });

  it('keeps a signed PDF acceptable to the upload sanitiser (it is uploaded again to be verified)', () => {
    expect(sanitiseUpload(signed)).toMatchObject({ ok: true, kind: 'pdf' });
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
