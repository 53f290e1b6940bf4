import type { Attachment } from '../attachments/attachment.entity';
import type { CityDocument } from './city-document.entity';
import { decidedVersionSha256 } from './decided-version';

const document = { docNumber: '港総第1号', title: '件名', body: '伺い文' } as CityDocument;
const attachment = (name: string, version: number, sha256: string) => ({ name, version, sha256 }) as Attachment;

describe('the decided version hash', () => {
  it('does not depend on the order attachments were read in', () => {
    const a = attachment('要領.pdf', 1, 'a'.repeat(64));
    const b = attachment('別紙.pdf', 1, 'b'.repeat(64));
    expect(decidedVersionSha256(document, [a, b])).toBe(decidedVersionSha256(document, [b, a]));
  });

  it.each([
    ['the body', { ...document, body: '伺い文。' }, []],
    ['the number', { ...document, docNumber: '港総第2号' }, []],
    ['an attachment', document, [attachment('要領.pdf', 1, 'c'.repeat(64))]],
  ])('changes with %s', (_what, changed, attachments) => {
    expect(decidedVersionSha256(changed as CityDocument, attachments as Attachment[])).not.toBe(
      decidedVersionSha256(document, []),
    );
  });
});
