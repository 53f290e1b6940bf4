import {
  extractPdfText,
  RINGI_CONFIG,
  signingCertificateOf,
  summariseCertificate,
  verifyPdfSignatures,
  type RingiConfig,
} from '@ringi/platform';
import { createAccount } from '../../../../test/support/accounts';
import { startTestTsa } from '../../../platform/src/pdf/test-support/test-tsa';
import { POLE, startPermitsApp, type PermitsApp } from '../test-support/permits-app';

describe('the signed 道路占用許可書 and its verification code (e2e)', () => {
  let p: PermitsApp;
  let applicant: string;
  let permit: { id: number; instanceId: number; permitNumber: string; verificationCode: string };
  const CONDITION = '工事中は保安設備を設け、交通誘導員を2名配置すること。';

  beforeAll(async () => {
    p = await startPermitsApp();
    applicant = await p.t.login('gas@example.jp', 'internet');
    const { body } = await p.portal(applicant).post('/api/portal/permits/applications', POLE);
    await p.clerk('permit1').put(`/api/permits/applications/${body.id}/conditions`, {
      conditions: [{ templateCode: 'safety', text: CONDITION }, { text: '占用物件には許可番号を表示すること。' }],
    });
    expect((await p.portal(applicant).get(`/api/portal/permits/applications/${body.id}/permit.pdf`)).status).toBe(409);
    await p.decide(body);
    permit = (await p.portal(applicant).get(`/api/portal/permits/applications/${body.id}`)).body;
  });
  afterAll(() => p.t.close());

  it('gives the holder a PDF signed with the city’s key, stating the permit, its conditions and its code', async () => {
    const res = await p.portal(applicant).get(`/api/portal/permits/applications/${permit.id}/permit.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent(permit.permitNumber));
    const pdf = res.body as Buffer;
    const config = p.t.app.get<RingiConfig>(RINGI_CONFIG);
    const city = summariseCertificate(signingCertificateOf(config.signing)).fingerprintSha256;
    const check = verifyPdfSignatures(pdf, { signers: [city] });
    expect(check).toMatchObject({ signed: true, valid: true, trusted: true, modifiedAfterSigning: false });
    expect(check.signatures[0]).toMatchObject({ signingCertificateV2: true, timestamp: null });
    const text = (await extractPdfText(pdf)).replace(/\s+/g, '');
    for (const expected of [
      '道路占用許可書',
      permit.permitNumber,
      'みなとガス',
      '市道港町1号線',
      '第一種電柱',
      '4,400円',
      CONDITION,
      permit.verificationCode,
    ]) {
      expect(text).toContain(expected.replace(/\s+/g, ''));
    }
  });

  it('serves the same signed file to clerks, and nothing to another applicant', async () => {
    const own = await p.portal(applicant).get(`/api/portal/permits/applications/${permit.id}/permit.pdf`);
    const clerk = await p.clerk('permit1').get(`/api/permits/applications/${permit.id}/permit.pdf`);
    expect(clerk.status).toBe(200);
    expect(Buffer.compare(clerk.body as Buffer, own.body as Buffer)).toBe(0);
    await createAccount(p.t.dataSource, { username: 'other@example.jp', kind: 'applicant', roles: ['applicant'] });
    const other = await p.t.login('other@example.jp', 'internet');
    expect((await p.portal(other).get(`/api/portal/permits/applications/${permit.id}/permit.pdf`)).status).toBe(404);
    expect((await p.portal(applicant).get(`/api/permits/applications/${permit.id}/permit.pdf`)).status).toBe(404);
    expect((await p.clerk('permit1').get('/api/permits/applications/99999/permit.pdf')).status).toBe(404);
  });

  it('prints the verification address under RINGI_PUBLIC_BASE_URL when it is set, the path otherwise', async () => {
    const config = p.t.app.get<RingiConfig>(RINGI_CONFIG);
    const textOf = async (id: number) => {
      const res = await p.portal(applicant).get(`/api/portal/permits/applications/${id}/permit.pdf`);
      return (await extractPdfText(res.body as Buffer)).replace(/\s+/g, '');
    };
    expect(await textOf(permit.id)).toContain('確認コードで市のホームページ（/verify）');
    const { body } = await p.portal(applicant).post('/api/portal/permits/applications', POLE);
    await p.decide(body);
    const second = (await p.portal(applicant).get(`/api/portal/permits/applications/${body.id}`)).body;
    config.publicBaseUrl = 'https://permits.city.example.jp';
    try {
      expect(await textOf(second.id)).toContain(`https://permits.city.example.jp/verify/${second.verificationCode}`);
    } finally {
      config.publicBaseUrl = null;
    }
  });

  it('timestamps the permit’s signature with RINGI_TSA_URL set, and answers 503 while the authority fails', async () => {
    const config = p.t.app.get<RingiConfig>(RINGI_CONFIG);
    const city = summariseCertificate(signingCertificateOf(config.signing)).fingerprintSha256;
    const tsa = await startTestTsa();
    const { body } = await p.portal(applicant).post('/api/portal/permits/applications', POLE);
    await p.decide(body);
    const url = `/api/portal/permits/applications/${body.id}/permit.pdf`;
    config.tsaUrl = tsa.url;
    try {
      tsa.mode = 'http-500';
      const refused = await p.portal(applicant).get(url);
      expect(refused.status).toBe(503);
      expect(refused.body.message).toContain('時刻認証局からタイムスタンプを取得できない');
      tsa.mode = 'grant';
      const res = await p.portal(applicant).get(url);
      expect(res.status).toBe(200);
      const check = verifyPdfSignatures(res.body as Buffer, { signers: [city] });
      expect(check).toMatchObject({ signed: true, valid: true, trusted: true });
      expect(check.signatures[0]).toMatchObject({
        signingCertificateV2: true,
        timestamp: { imprintMatches: true, tsaName: tsa.name },
      });
    } finally {
      config.tsaUrl = null;
      await tsa.close();
    }
  });

  it('keeps telling the code’s state: not yet valid, valid, then expired', async () => {
    const verify = () => p.t.on('internet').get(`/api/verify/${permit.verificationCode}`);
    expect((await verify()).body).toMatchObject({ genuine: true, state: 'notYetValid', inForce: false });
    p.t.clock.set(new Date('2026-06-01T00:00:00Z'));
    expect((await verify()).body).toMatchObject({ state: 'valid', inForce: true });
    p.t.clock.set(new Date('2027-04-01T00:00:00Z'));
    expect((await verify()).body).toMatchObject({ state: 'expired', inForce: false });
    p.t.clock.set(new Date('2026-04-06T00:00:00Z'));
  });
});
