import { PNG } from 'pngjs';
import { AuditEvent } from '@ringi/auth';
import { PermitAttachment } from '@ringi/permits';
import { seedDemoCity } from '../seeds/demo-city';
import { createAccount } from './support/accounts';
import { startTestApp, type TestApp } from './support/test-app';
import { WorkflowClient } from './support/workflow-client';

const pdf = (body: string) =>
  Buffer.from(`%PDF-1.7\n1 0 obj\n<< /Type /Catalog ${body} >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`, 'latin1');

describe('attachments of permit applications: 無害化 before LGWAN opens them (e2e)', () => {
  let t: TestApp;
  let wf: WorkflowClient;
  let applicant: string;
  let applicationId: number;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-04-06T00:00:00Z' });
    await seedDemoCity(t.dataSource);
    wf = new WorkflowClient(t);
    applicant = await t.login('gas@example.jp', 'internet');
    const res = await t
      .on('internet')
      .post('/api/portal/permits/applications')
      .set('Authorization', `Bearer ${applicant}`)
      .send({
        kind: 'new',
        categoryCode: 'pole-1',
        fields: { poleNumbers: '港幹201', height: 10 },
        address: 'みなと市港町2丁目',
        roadName: '市道港町2号線',
        geometry: { type: 'Point', coordinates: [127.68, 26.21] },
        feeDistrict: 1,
        quantity: 1,
        periodFrom: '2026-05-01',
        periodTo: '2027-03-31',
        policeConsultation: false,
      });
    expect(res.status).toBe(201);
    applicationId = res.body.id;
  });
  afterAll(() => t.close());

  const upload = (kind: string, name: string, content: Buffer) =>
    t
      .on('internet')
      .post(`/api/portal/permits/applications/${applicationId}/attachments`)
      .set('Authorization', `Bearer ${applicant}`)
      .field('attachmentKind', kind)
      .attach('file', content, name);

  it('stores a clean PDF and a re-encoded image, lists them, and clerks download what was stored', async () => {
    const plan = await upload('平面図', 'heimen.pdf', pdf('/Pages 2 0 R'));
    expect(plan.status).toBe(201);
    expect(plan.body).toMatchObject({ attachmentKind: '平面図', mediaType: 'application/pdf', treatment: 'checked' });
    const image = new PNG({ width: 2, height: 2 });
    image.data.fill(90);
    const photo = await upload('写真', 'genkyo.png', Buffer.concat([PNG.sync.write(image), Buffer.from('trailing')]));
    expect(photo.status).toBe(201);
    expect(photo.body).toMatchObject({ mediaType: 'image/png', treatment: 'reencoded', fileName: 'genkyo.png' });

    const detail = await t
      .on('internet')
      .get(`/api/portal/permits/applications/${applicationId}`)
      .set('Authorization', `Bearer ${applicant}`);
    expect(detail.body.attachments.map((a: { attachmentKind: string }) => a.attachmentKind)).toEqual([
      '平面図',
      '写真',
    ]);
    expect(detail.body.missingAttachments).toEqual(['位置図']);

    const asClerk = await wf.get(`/api/permits/applications/${applicationId}/attachments/${photo.body.id}`, 'permit1');
    expect(asClerk.status).toBe(200);
    expect(asClerk.headers['content-type']).toBe('image/png');
    expect(Buffer.from(asClerk.body).includes(Buffer.from('trailing'))).toBe(false);
    expect(await t.dataSource.getRepository(AuditEvent).countBy({ action: 'permits.attachment.uploaded' })).toBe(2);
  });

  it('refuses hostile files with a message and stores nothing', async () => {
    const before = await t.dataSource.getRepository(PermitAttachment).count();
    const script = await upload('位置図', 'ichizu.pdf', pdf('/OpenAction << /S /JavaScript /JS (app.alert(1)) >>'));
    expect(script.status).toBe(400);
    expect(script.body.message).toContain('JavaScript');
    const exe = await upload('位置図', 'ichizu.pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]));
    expect(exe.status).toBe(400);
    expect(exe.body.errors[0]).toMatchObject({ field: 'file' });
    const oversized = await upload(
      '位置図',
      'big.pdf',
      Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024 + 10)]),
    );
    expect(oversized.status).toBe(413);
    expect(oversized.body.message).toBe('送信されたデータが大きすぎます。');
    const wrongKind = await upload('設計書', 'x.pdf', pdf(''));
    expect(wrongKind.status).toBe(400);
    expect(await t.dataSource.getRepository(PermitAttachment).count()).toBe(before);
  });

  it('keeps files to their applicant', async () => {
    await createAccount(t.dataSource, { username: 'other@example.jp', kind: 'applicant', roles: ['applicant'] });
    const other = await t.login('other@example.jp', 'internet');
    const [stored] = await t.dataSource.getRepository(PermitAttachment).find({ take: 1 });
    const foreign = await t
      .on('internet')
      .get(`/api/portal/permits/applications/${applicationId}/attachments/${stored.id}`)
      .set('Authorization', `Bearer ${other}`);
    expect(foreign.status).toBe(404);
    const staff = await wf.get(`/api/permits/applications/${applicationId}/attachments/${stored.id}`, 'staff1');
    expect(staff.status).toBe(403);
    const internetClerkRoute = await t
      .on('internet')
      .get(`/api/permits/applications/${applicationId}/attachments/${stored.id}`)
      .set('Authorization', `Bearer ${applicant}`);
    expect(internetClerkRoute.status).toBe(404);
  });
});
