import iconv from 'iconv-lite';
import { zenginTransferFile, ZenginFieldError, type TransferRequester, type Transfer } from './zengin-transfer-file';

const requester: TransferRequester = {
  requesterCode: '1234567890',
  nameKana: 'ミナトシ カイケイカンリシャ',
  bankCode: '0158',
  bankNameKana: 'ミナトギンコウ',
  branchCode: '001',
  branchNameKana: 'シヤクシヨ',
  accountType: 'current',
  accountNumber: '0000123',
};

const transfer = (over: Partial<Transfer> = {}): Transfer => ({
  bankCode: '0001',
  bankNameKana: 'ミズホ',
  branchCode: '123',
  branchNameKana: 'ミナト',
  accountType: 'ordinary',
  accountNumber: '7654321',
  holderKana: 'カ）ミナトショウジ',
  amount: 550_000,
  customerCode: 'PO00000012',
  ...over,
});

/** Fields by 1-based byte position and length, as the Zengin specification lists them. */
const field = (record: Buffer, from: number, length: number) =>
  iconv.decode(record.subarray(from - 1, from - 1 + length), 'Shift_JIS');

describe('zenginTransferFile (全銀 総合振込)', () => {
  const file = zenginTransferFile(requester, '2026-05-29', [
    transfer(),
    transfer({ amount: 1, accountType: 'current' }),
  ]);
  const records = Array.from({ length: 5 }, (_, i) => file.subarray(i * 122, i * 122 + 120));

  it('is five 120-byte records (header, two data, trailer, end), each ending in CRLF, in Shift_JIS', () => {
    expect(file.length).toBe(5 * 122);
    for (let i = 0; i < 5; i++) {
      expect(file.subarray(i * 122 + 120, i * 122 + 122)).toEqual(Buffer.from('\r\n'));
    }
    expect(records.map((r) => field(r, 1, 1))).toEqual(['1', '2', '2', '8', '9']);
    expect(field(records[4], 2, 119)).toBe(' '.repeat(119));
    // Half-width katakana are one byte each in Shift_JIS (0xA1–0xDF).
    expect(records[0][14]).toBe(0xd0); // ﾐ
  });

  it('lays out the header', () => {
    const h = records[0];
    expect(field(h, 2, 2)).toBe('21');
    expect(field(h, 4, 1)).toBe('0');
    expect(field(h, 5, 10)).toBe('1234567890');
    expect(field(h, 15, 40)).toBe('ﾐﾅﾄｼ ｶｲｹｲｶﾝﾘｼﾔ'.padEnd(40));
    expect(field(h, 55, 4)).toBe('0529');
    expect(field(h, 59, 4)).toBe('0158');
    expect(field(h, 63, 15)).toBe('ﾐﾅﾄｷﾞﾝｺｳ'.padEnd(15));
    expect(field(h, 78, 3)).toBe('001');
    expect(field(h, 81, 15)).toBe('ｼﾔｸｼﾖ'.padEnd(15));
    expect(field(h, 96, 1)).toBe('2');
    expect(field(h, 97, 7)).toBe('0000123');
    expect(field(h, 104, 17)).toBe(' '.repeat(17));
  });

  it('lays out a data record', () => {
    const d = records[1];
    expect(field(d, 2, 4)).toBe('0001');
    expect(field(d, 6, 15)).toBe('ﾐｽﾞﾎ'.padEnd(15));
    expect(field(d, 21, 3)).toBe('123');
    expect(field(d, 24, 15)).toBe('ﾐﾅﾄ'.padEnd(15));
    expect(field(d, 39, 4)).toBe('    ');
    expect(field(d, 43, 1)).toBe('1');
    expect(field(d, 44, 7)).toBe('7654321');
    expect(field(d, 51, 30)).toBe('ｶ)ﾐﾅﾄｼﾖｳｼﾞ'.padEnd(30));
    expect(field(d, 81, 10)).toBe('0000550000');
    expect(field(d, 91, 1)).toBe('0');
    expect(field(d, 92, 10)).toBe('PO00000012');
    expect(field(d, 102, 10)).toBe(' '.repeat(10));
    expect(field(d, 112, 1)).toBe('7');
    expect(field(d, 113, 8)).toBe(' '.repeat(8));
    expect(field(records[2], 43, 1)).toBe('2');
    expect(field(records[2], 81, 10)).toBe('0000000001');
  });

  it('totals in the trailer', () => {
    expect(field(records[3], 2, 6)).toBe('000002');
    expect(field(records[3], 8, 12)).toBe('000000550001');
    expect(field(records[3], 20, 101)).toBe(' '.repeat(101));
  });

  it.each([
    [{ holderKana: '山田太郎' }],
    [{ holderKana: 'ア'.repeat(31) }],
    [{ amount: 0 }],
    [{ amount: 1.5 }],
    [{ amount: 10_000_000_000 }],
  ])('refuses a transfer it cannot write: %j', (over) => {
    expect(() => zenginTransferFile(requester, '2026-05-29', [transfer(over)])).toThrow(ZenginFieldError);
  });
});
