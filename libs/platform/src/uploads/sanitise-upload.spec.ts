import { deflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { MAX_UPLOAD_BYTES, sanitiseUpload } from './sanitise-upload';

export function pdfWith(body: string): Buffer {
  return Buffer.from(
    `%PDF-1.7\n1 0 obj\n<< /Type /Catalog ${body} >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  );
}

export function png(width = 4, height = 3): Buffer {
  const image = new PNG({ width, height });
  image.data.fill(200);
  return PNG.sync.write(image);
}

describe('無害化 of uploads', () => {
  it('accepts a plain PDF as it is', () => {
    const result = sanitiseUpload(pdfWith('/Pages 2 0 R'));
    expect(result).toMatchObject({ ok: true, kind: 'pdf', mediaType: 'application/pdf', treatment: 'checked' });
  });

  it.each([
    ['JavaScript', pdfWith('/OpenAction << /S /JavaScript /JS (app.alert(1)) >>'), 'JavaScript'],
    ['a launch action', pdfWith('/AA << /O << /S /Launch /F (cmd.exe) >> >>'), 'Launch'],
    ['an embedded file', pdfWith('/Names << /EmbeddedFiles 5 0 R >>'), 'EmbeddedFiles'],
    ['a name hidden with # escapes', pdfWith('/Names << /J#61vaScript 5 0 R >>'), 'JavaScript'],
  ])('refuses a PDF with %s', (_name, content, found) => {
    const result = sanitiseUpload(content);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(found);
  });

  it('finds JavaScript hidden inside a compressed object stream', () => {
    const hidden = deflateSync(Buffer.from('<< /S /JavaScript /JS (this.exportDataObject()) >>'));
    const content = Buffer.concat([
      Buffer.from('%PDF-1.7\n2 0 obj\n<< /Type /ObjStm /Filter /FlateDecode >>\nstream\n', 'latin1'),
      hidden,
      Buffer.from('\nendstream\nendobj\n%%EOF\n', 'latin1'),
    ]);
    expect(sanitiseUpload(content).ok).toBe(false);
  });

  it('refuses a renamed executable, an empty file and an oversized one, by content', () => {
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]);
    expect(sanitiseUpload(exe)).toEqual({ ok: false, message: expect.stringContaining('PDF・JPEG・PNG') });
    expect(sanitiseUpload(Buffer.alloc(0))).toEqual({ ok: false, message: expect.stringContaining('空') });
    const huge = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(MAX_UPLOAD_BYTES)]);
    expect(sanitiseUpload(huge)).toEqual({ ok: false, message: expect.stringContaining('10 MB') });
  });

  it('re-encodes a PNG, dropping whatever was appended to it', () => {
    const original = png();
    const smuggled = Buffer.concat([original, Buffer.from('MZ-payload-after-IEND')]);
    const result = sanitiseUpload(smuggled);
    expect(result).toMatchObject({ ok: true, kind: 'png', treatment: 'reencoded' });
    if (!result.ok) return;
    expect(result.content.includes(Buffer.from('payload'))).toBe(false);
    expect(PNG.sync.read(result.content)).toMatchObject({ width: 4, height: 3 });
  });

  it('re-encodes a JPEG, dropping its metadata segments', () => {
    const data = Buffer.alloc(8 * 8 * 4, 128);
    const encoded = Buffer.from(jpeg.encode({ data, width: 8, height: 8 }, 80).data);
    const comment = Buffer.from([0xff, 0xfe, 0x00, 0x10, ...Buffer.from('secret-comment')]);
    const withComment = Buffer.concat([encoded.subarray(0, 2), comment, encoded.subarray(2)]);
    const result = sanitiseUpload(withComment);
    expect(result).toMatchObject({ ok: true, kind: 'jpeg', treatment: 'reencoded' });
    if (result.ok) expect(result.content.includes(Buffer.from('secret-comment'))).toBe(false);
  });

  it('refuses a broken image', () => {
    const broken = Buffer.concat([png().subarray(0, 40)]);
    expect(sanitiseUpload(broken)).toEqual({ ok: false, message: expect.stringContaining('壊れて') });
  });
});
