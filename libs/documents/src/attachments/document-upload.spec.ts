import { PNG } from 'pngjs';
import { zipArchive } from '../file-plan/zip-archive';
import { MAX_DOCUMENT_ATTACHMENT_BYTES, checkDocumentAttachment } from './document-upload';

const pdf = (body: string) =>
  Buffer.from(`%PDF-1.7\n1 0 obj\n<< /Type /Catalog ${body} >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`, 'latin1');
const png = () => {
  const image = new PNG({ width: 2, height: 2 });
  image.data.fill(200);
  return Buffer.concat([PNG.sync.write(image), Buffer.from('MZ hidden after IEND')]);
};
const office = (...names: string[]) =>
  zipArchive(
    ['[Content_Types].xml', ...names].map((name) => ({ name, content: Buffer.from('<x/>') })),
    new Date('2026-04-06T00:00:00Z'),
  );
const refusal = (name: string, content: Buffer) => {
  const result = checkDocumentAttachment(name, content);
  if (result.ok) throw new Error(`${name} was accepted`);
  return result.message;
};

describe('document attachments: 無害化 by content', () => {
  it('checks PDFs and takes the extension of what the file is', () => {
    expect(checkDocumentAttachment('要領.PDF', pdf(''))).toMatchObject({
      ok: true,
      kind: 'pdf',
      name: '要領.pdf',
      mediaType: 'application/pdf',
      treatment: 'checked',
    });
  });

  it('re-encodes images, dropping what hides after them', () => {
    const original = png();
    const result = checkDocumentAttachment('写真.jpg', original);
    expect(result).toMatchObject({ ok: true, kind: 'png', name: '写真.png', treatment: 'reencoded' });
    expect(result.ok && result.content.includes('MZ hidden')).toBe(false);
  });

  it('takes Word and Excel as they are, only when the package really is one and has no macros or objects', () => {
    expect(checkDocumentAttachment('別紙.docx', office('word/document.xml'))).toMatchObject({
      ok: true,
      kind: 'docx',
      name: '別紙.docx',
      treatment: 'as-is',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    expect(checkDocumentAttachment('予算.xls', office('xl/workbook.xml'))).toMatchObject({
      ok: true,
      kind: 'xlsx',
      name: '予算.xlsx',
    });
    expect(refusal('macro.docx', office('word/document.xml', 'word/vbaProject.bin'))).toContain('マクロ');
    expect(refusal('ole.xlsx', office('xl/workbook.xml', 'xl/embeddings/oleObject1.bin'))).toContain('埋め込み');
    expect(refusal('links.xlsx', office('xl/workbook.xml', 'xl/externalLinks/externalLink1.xml'))).toContain(
      '外部リンク',
    );
    expect(refusal('plain.zip', zipArchive([{ name: 'a.exe', content: Buffer.from('MZ') }], new Date()))).toContain(
      '圧縮ファイル',
    );
    expect(refusal('old.doc', Buffer.from('d0cf11e0a1b11ae1000000', 'hex'))).toContain('.doc・.xls');
  });

  it('refuses executables, active PDFs, oversized files and other types with messages a clerk can act on', () => {
    expect(refusal('請求書.pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)]))).toContain('実行ファイル');
    expect(refusal('run.pdf', Buffer.from('#!/bin/sh\nrm -rf /\n'))).toContain('実行ファイル');
    expect(refusal('elf.png', Buffer.from('7f454c46020101', 'hex'))).toContain('実行ファイル');
    expect(refusal('js.pdf', pdf('/OpenAction << /S /JavaScript /JS (app.alert(1)) >>'))).toContain('JavaScript');
    expect(refusal('big.pdf', Buffer.concat([pdf(''), Buffer.alloc(MAX_DOCUMENT_ATTACHMENT_BYTES)]))).toContain(
      '上限 700 KB',
    );
    expect(refusal('memo.txt', Buffer.from('メモ'))).toContain('この種類のファイルは添付できません');
    expect(refusal('empty.pdf', Buffer.alloc(0))).toContain('空のファイル');
    expect(refusal('broken.zip', Buffer.from('504b0304000000', 'hex'))).toContain('壊れている');
  });
});
