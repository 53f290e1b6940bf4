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
