import { AuditEvent } from '@ringi/auth';
import { PermitApplication } from '../applications/permit-application.entity';
import { POLE, startPermitsApp, type PermitsApp } from '../test-support/permits-app';

describe('級地 from the place: area tables, quotes, applications and the clerk’s override (e2e)', () => {
  let p: PermitsApp;
  let applicant: string;

  beforeAll(async () => {
    p = await startPermitsApp();
    applicant = await p.t.login('gas@example.jp', 'internet');
  });
  afterAll(() => p.t.close());

  const IN_TOMARI = { type: 'Point', coordinates: [127.67, 26.23] };

  it('tells the 級地 of a place and quotes by place on the internet listener', async () => {
    const district = await p.t.on('internet').post('/api/permits/fee-district').send({ geometry: IN_TOMARI });
    expect(district.status).toBe(200);
    expect(district.body).toEqual({ feeDistrict: 2, areaTableVersion: 'R6', areas: ['泊地区'] });
    const quote = await p.t
      .on('internet')
      .post('/api/permits/fee-quote')
      .send({ category: '第一種電柱', geometry: IN_TOMARI, quantity: 1, from: '2026-04-01', to: '2027-03-31' });
    expect(quote.body).toMatchObject({ feeDistrict: 2, totalYen: 1800 });
    const neither = await p.t
      .on('internet')
      .post('/api/permits/fee-quote')
      .send({ category: '第一種電柱', quantity: 1, from: '2026-04-01', to: '2027-03-31' });
    expect(neither.status).toBe(400);
    expect(neither.body.errors[0].field).toBe('geometry');
    const bad = await p.t
      .on('internet')
      .post('/api/permits/fee-district')
      .send({ geometry: { type: 'Circle' } });
    expect(bad.status).toBe(400);
  });

  it('prices an application by the district of its place, whatever district the applicant sends', async () => {
    const res = await p
      .portal(applicant)
      .post('/api/portal/permits/applications', { ...POLE, geometry: IN_TOMARI, feeDistrict: 1 });
    expect(res.status).toBe(201);
    // 2 poles × 1,800円 (2級地) × 11 months / 12 = 3,300円
    expect(res.body).toMatchObject({ feeDistrict: 2, feeDistrictReason: null, quotedFeeYen: 3300 });
  });

  it('lets a clerk override the district with a reason, audited, and refuses it without one', async () => {
    const { body } = await p.portal(applicant).post('/api/portal/permits/applications', POLE);
    expect(body.feeDistrict).toBe(1);
    const url = `/api/permits/applications/${body.id}/fee-district`;
    expect((await p.clerk('permit1').put(url, { feeDistrict: 2 })).status).toBe(400);
    expect((await p.clerk('permit1').put(url, { feeDistrict: 12, reason: 'x' })).status).toBe(400);
    const set = await p.clerk('permit1').put(url, { feeDistrict: 2, reason: '境界上で実際の占用は2級地側' });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({
      feeDistrict: 2,
      feeDistrictReason: '境界上で実際の占用は2級地側',
      quotedFeeYen: 3300,
    });
    const audit = await p.t.dataSource
      .getRepository(AuditEvent)
      .findOneByOrFail({ action: 'permits.application.fee-district-overridden', targetId: String(body.id) });
    expect(JSON.parse(audit.detail!)).toMatchObject({ from: 1, to: 2 });
    expect((await p.portal(applicant).put(url, { feeDistrict: 1, reason: 'x' })).status).toBe(404);

    await p.decide(body);
    expect((await p.clerk('permit1').put(url, { feeDistrict: 3, reason: '後から' })).status).toBe(409);
    const row = await p.t.dataSource.getRepository(PermitApplication).findOneByOrFail({ id: body.id });
    expect(row.feeDistrict).toBe(2);
  });

  it('adds area table versions; refuses open polygons and a version twice', async () => {
    const table = {
      version: 'R9',
      effectiveFrom: '2027-04-01',
      defaultDistrict: 3,
      areas: [
        {
          name: '泊地区',
          feeDistrict: 1,
          polygon: [
            [
              [127.66, 26.22],
              [127.69, 26.22],
              [127.69, 26.235],
              [127.66, 26.235],
              [127.66, 26.22],
            ],
          ],
        },
      ],
    };
    expect((await p.clerk('doro-kacho').post('/api/permits/fee-area-tables', table)).status).toBe(201);
    expect((await p.clerk('doro-kacho').post('/api/permits/fee-area-tables', table)).status).toBe(409);
    const open = await p.clerk('doro-kacho').post('/api/permits/fee-area-tables', {
      ...table,
      version: 'R10',
      areas: [
        {
          name: 'x',
          feeDistrict: 1,
          polygon: [
            [
              [0, 0],
              [1, 0],
              [1, 1],
            ],
          ],
        },
      ],
    });
    expect(open.status).toBe(400);
    expect(open.body.errors[0].field).toBe('areas.0.polygon');
    expect((await p.portal(applicant).post('/api/permits/fee-area-tables', table)).status).toBe(404);
    const later = await p.t
      .on('internet')
      .post('/api/permits/fee-district')
      .send({ geometry: IN_TOMARI, on: '2027-05-01' });
    expect(later.body).toMatchObject({ feeDistrict: 1, areaTableVersion: 'R9' });
  });
});
