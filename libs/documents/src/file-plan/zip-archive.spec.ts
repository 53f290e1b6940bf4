import { unzip } from '../test-support/unzip';
import { crc32, safeFileName, zipArchive } from './zip-archive';

describe('zipArchive', () => {
  it('writes entries that read back with their UTF-8 names and content, deflated or stored', () => {
    const text = Buffer.from('文書番号,件名\r\n'.repeat(50));
    const random = Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 7919) % 251));
    const zip = zipArchive(
      [
        { name: '目録.csv', content: text },
        { name: '港総第1号_研修/決裁文書.pdf', content: random },
      ],
      new Date('2026-04-06T00:00:00Z'),
    );
    const entries = unzip(zip);
    expect(entries.map((e) => e.name)).toEqual(['目録.csv', '港総第1号_研修/決裁文書.pdf']);
    expect(entries[0].content.equals(text)).toBe(true);
    expect(entries[1].content.equals(random)).toBe(true);
    expect(entries.every((e) => (e.flags & 0x0800) !== 0 && e.crcMatches)).toBe(true);
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  it.each([
    ['港総第1号 研修について', '港総第1号 研修について'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a_b_c_d_e_f_g_h_i_j'],
    ['末尾の点...', '末尾の点'],
    ['', '_'],
  ])('makes %j a safe file name', (name, expected) => {
    expect(safeFileName(name)).toBe(expected);
  });
});
