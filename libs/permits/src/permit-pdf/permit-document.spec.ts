import { jest } from '@jest/globals';
import { JapanesePdf } from '@ringi/platform';
import { renderPermit, verificationUrlOf, type PermitFacts } from './permit-document';

const FACTS: PermitFacts = {
  permitNumber: '港道占第1号',
  permittedAt: new Date('2026-04-06T00:00:00Z'),
  holderName: 'みなとガス株式会社',
  holderAddress: null,
  categoryName: '第一種電柱',
  quantity: 2,
  unit: 'pole',
  address: 'みなと市港町1丁目2番',
  roadName: '市道港町1号線',
  periodFrom: '2026-05-01',
  periodTo: '2027-03-31',
  fee: null,
  conditions: [],
  verificationCode: 'ABCD2345EFGH',
  verificationUrl: '/verify/ABCD2345EFGH',
  issuer: 'みなと市長',
};

describe('the verification QR of a 許可書', () => {
  it('is relative without a public base URL, absolute under it', () => {
    expect(verificationUrlOf(null, 'ABCD2345EFGH')).toBe('/verify/ABCD2345EFGH');
    expect(verificationUrlOf('https://permits.city.example.jp/ringi', 'ABCD2345EFGH')).toBe(
      'https://permits.city.example.jp/ringi/verify/ABCD2345EFGH',
    );
  });

  it('encodes the address it is given', async () => {
    const qr = jest.spyOn(JapanesePdf.prototype, 'qrCode');
    try {
      await renderPermit({ ...FACTS, verificationUrl: 'https://permits.city.example.jp/verify/ABCD2345EFGH' });
      expect(qr).toHaveBeenCalledWith('https://permits.city.example.jp/verify/ABCD2345EFGH', {
        caption: 'ABCD2345EFGH',
      });
    } finally {
      qr.mockRestore();
    }
  });
});

describe('the 道路占用廃止許可書 of a 廃止', () => {
  it('acknowledges the end of the permit it cites on the day, with no period and no fee', async () => {
    const title = jest.spyOn(JapanesePdf.prototype, 'title');
    const paragraph = jest.spyOn(JapanesePdf.prototype, 'paragraph');
    const table = jest.spyOn(JapanesePdf.prototype, 'table');
    try {
      await renderPermit({ ...FACTS, permitNumber: '港道占第9号', endsPermitNumber: '港道占第1号' });
      expect(title).toHaveBeenCalledWith('道路占用廃止許可書');
      expect(paragraph.mock.calls.map(([text]) => text)).toContain(
        '港道占第1号で許可した道路の占用について、次のとおり廃止を許可します。',
      );
      const rows = table.mock.calls[0][0] as string[][];
      expect(rows.map(([label]) => label)).toEqual([
        '占用者',
        '占用の場所',
        '占用物件',
        '廃止する許可',
        '廃止の日',
        '占用料',
      ]);
      expect(rows.find(([label]) => label === '占用料')).toEqual(['占用料', 'なし']);
      expect(rows.find(([label]) => label === '廃止する許可')).toEqual(['廃止する許可', '港道占第1号']);
    } finally {
      title.mockRestore();
      paragraph.mockRestore();
      table.mockRestore();
    }
  });

  it('is the 道路占用許可書 of an occupation otherwise', async () => {
    const title = jest.spyOn(JapanesePdf.prototype, 'title');
    try {
      await renderPermit(FACTS);
      expect(title).toHaveBeenCalledWith('道路占用許可書');
    } finally {
      title.mockRestore();
    }
  });
});
