import fs from 'node:fs';
import iconv from 'iconv-lite';
import { PDFDocument } from 'pdf-lib';
import { AuditEvent } from '@ringi/auth';
import { PermitApplication } from '../applications/permit-application.entity';
import { PermitNumberCounter } from '../applications/permit-number-counter.entity';
import { POLE, startPermitsApp, type PermitsApp } from '../test-support/permits-app';

const FIXTURE = fs.readFileSync(new URL('./fixtures/historic-permits.csv', import.meta.url));

async function scannedPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]);
  return Buffer.from(await doc.save());
}

describe('過去の許可の取込: historic permits from CSV with their scans (e2e)', () => {
  let p: PermitsApp;
  let scan: Buffer;

  beforeAll(async () => {
    p = await startPermitsApp();
    scan = await scannedPdf();
  });
  afterAll(() => p.t.close());

  const upload = async (csv: Buffer, files: Array<[string, Buffer]>, who = 'doro-kacho') => {
    let req = p.t
      .on('lgwan')
      .post('/api/permits/imports')
      .set('Authorization', `Bearer ${await p.wf.token(who)}`)
      .attach('csv', csv, 'historic.csv');
    for (const [name, content] of files) req = req.attach('files', content, name);
    return req;
  };
  const count = () => p.t.dataSource.getRepository(PermitApplication).count();

  it('imports the valid rows as decided permits and reports every other row with its number and reason', async () => {
    const res = await upload(FIXTURE, [
      ['scan-5.pdf', scan],
      ['scan-120.pdf', scan],
      ['scan-8.pdf', scan],
    ]);
    expect(res.status).toBe(200);
    expect(res.body.imported.map((r: { row: number; permitNumber: string }) => [r.row, r.permitNumber])).toEqual([
      [2, '港道占第5号'],
      [3, '港道占第120号'],
    ]);
    const rejected = Object.fromEntries(
      (res.body.rejected as Array<{ row: number; reasons: string[] }>).map((r) => [r.row, r.reasons.join(' / ')]),
    );
    expect(Object.keys(rejected).map(Number)).toEqual([4, 5, 6, 7, 8]);
    expect(rejected[4]).toContain('港道占第123号');
    expect(rejected[5]).toContain('5年以内');
    expect(rejected[6]).toContain('「missing.pdf」が添付されていません');
    expect(rejected[7]).toContain('港道占第5号」は2025年度にすでにあります');
    expect(rejected[8]).toContain('bridge');

    const [first] = res.body.imported as Array<{ id: number }>;
    const permit = (await p.clerk('permit1').get(`/api/permits/applications/${first.id}`)).body;
    expect(permit).toMatchObject({
      status: 'permitted',
      permitNumber: '港道占第5号',
      holderName: '沖縄電力株式会社',
      applicant: { name: '沖縄電力株式会社', address: 'みなと市港町3丁目1番', portalUserId: null },
      feeDistrict: 1,
      periodTo: '2035-03-31',
    });
    expect(permit.decidedAt).toBe('2025-06-01T00:00:00.000Z');
    const verified = await p.t.on('internet').get(`/api/verify/${permit.verificationCode}`);
    expect(verified.body).toMatchObject({ genuine: true, permitNumber: '港道占第5号', state: 'valid' });
    const pdf = await p.clerk('permit1').get(`/api/permits/applications/${first.id}/permit.pdf`);
    expect(Buffer.compare(pdf.body as Buffer, scan)).toBe(0);
    expect(await p.t.dataSource.getRepository(AuditEvent).countBy({ action: 'permits.application.imported' })).toBe(2);
  });

  it('never issues an imported number again: the counter moves past it', async () => {
    const counter = await p.t.dataSource
      .getRepository(PermitNumberCounter)
      .findOneByOrFail({ symbol: '港道占', fiscalYear: 2026 });
    expect(counter.lastNumber).toBe(120);
    const applicant = await p.t.login('gas@example.jp', 'internet');
    const { body } = await p.portal(applicant).post('/api/portal/permits/applications', POLE);
    await p.decide(body);
    const decided = await p.t.dataSource.getRepository(PermitApplication).findOneByOrFail({ id: body.id });
    expect(decided.permitNumber).toBe('港道占第121号');
  });

  it('imports nothing twice: the same file again leaves every row out', async () => {
    const before = await count();
    const again = await upload(FIXTURE, [
      ['scan-5.pdf', scan],
      ['scan-120.pdf', scan],
    ]);
    expect(again.body.imported).toEqual([]);
    expect(again.body.rejected.find((r: { row: number }) => r.row === 3).reasons[0]).toContain('すでにあります');
    expect(await count()).toBe(before);
  });

  it('reads a Shift_JIS file saved by Excel, with a Japanese file name for the scan', async () => {
    const text = FIXTURE.subarray(3)
      .toString('utf8')
      .split('\r\n')
      .filter((line, i) => i === 0 || line.startsWith('港道占第9号'))
      .join('\r\n')
      .replace('missing.pdf', '許可書9.pdf');
    const res = await upload(iconv.encode(text, 'Shift_JIS'), [['許可書9.pdf', scan]]);
    expect(res.body.rejected).toEqual([]);
    expect(res.body.imported).toEqual([expect.objectContaining({ row: 2, permitNumber: '港道占第9号' })]);
  });

  it('refuses a file that is no CSV of permits, no file at all, and anyone but a permit admin', async () => {
    const before = await count();
    const wrong = await upload(Buffer.from('名前,住所\n港,泊\n'), []);
    expect(wrong.status).toBe(400);
    expect(wrong.body.message).toContain('許可番号');
    const none = await p.t
      .on('lgwan')
      .post('/api/permits/imports')
      .set('Authorization', `Bearer ${await p.wf.token('doro-kacho')}`)
      .field('note', 'x');
    expect(none.status).toBe(400);
    expect((await upload(FIXTURE, [], 'staff1')).status).toBe(403);
    expect((await upload(FIXTURE, [], 'permit1')).status).toBe(403);
    expect(await count()).toBe(before);
  });
});
