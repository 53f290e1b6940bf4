import { PNG } from 'pngjs';
import { seedDemoCity } from '../seeds/demo-city';
import { startTestApp, type TestApp } from './support/test-app';
import { WorkflowClient } from './support/workflow-client';

const pdf = (body: string) =>
  Buffer.from(`%PDF-1.7\n1 0 obj\n<< /Type /Catalog ${body} >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`, 'latin1');

/** A minimal zip (stored, no compression) with these entries: enough for the content check of an Office file. */
function zip(names: string[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const name of names) {
    const file = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(file.length, 26);
    locals.push(local, file);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(file.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, file);
    offset += local.length + file.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('document attachments: 無害化 before anyone on LGWAN opens them (e2e)', () => {
  let t: TestApp;
  let wf: WorkflowClient;
  let documentId: number;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-04-06T00:00:00Z' });
    await seedDemoCity(t.dataSource);
    wf = new WorkflowClient(t);
    const files = await wf.get('/api/documents/file-plan/record-files?status=open', 'staff1');
    const fileId = files.body.find((f: { title: string }) => f.title === '文書管理・研修').id;
    const res = await wf.post('/api/documents/drafts', 'staff1', {
      recordFileId: fileId,
      title: '添付の確認',
      body: '本文',
    });
    expect(res.status).toBe(201);
    documentId = res.body.id;
  });
  afterAll(() => t.close());

  const attach = (name: string, mediaType: string, content: Buffer) =>
    wf.post(`/api/documents/${documentId}/attachments`, 'staff1', {
      name,
      mediaType,
      contentBase64: content.toString('base64'),
    });
  const attachments = async () =>
    (await wf.get(`/api/documents/${documentId}`, 'staff1')).body.attachments as { name: string }[];
  const download = async (attachmentId: number) =>
    t
      .on('lgwan')
      .get(`/api/documents/${documentId}/attachments/${attachmentId}/content`)
      .set('Authorization', `Bearer ${await wf.token('staff1')}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

  it('keeps a clean PDF, re-encodes images and types every file by its content, not its name or declared type', async () => {
    const plan = await attach('要領.PDF', 'text/plain', pdf(''));
    expect(plan.status).toBe(201);
    expect(plan.body).toMatchObject({ name: '要領.pdf', mediaType: 'application/pdf' });

    const image = new PNG({ width: 4, height: 4 });
    image.data.fill(128);
    const photo = Buffer.concat([PNG.sync.write(image), Buffer.from('MZ payload after IEND')]);
    const stored = await attach('現況写真.jpg', 'image/jpeg', photo);
    expect(stored.status).toBe(201);
    expect(stored.body).toMatchObject({ name: '現況写真.png', mediaType: 'image/png' });
    const fetched = await download(stored.body.id);
    expect(fetched.status).toBe(200);
    expect(fetched.headers['content-type']).toMatch(/^image\/png/);
    expect(fetched.body.includes('MZ payload')).toBe(false);
    expect(PNG.sync.read(fetched.body).width).toBe(4);

    const word = await attach(
      '別紙.docx',
      'application/octet-stream',
      zip(['[Content_Types].xml', 'word/document.xml']),
    );
    expect(word.status).toBe(201);
    expect(word.body).toMatchObject({
      name: '別紙.docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
  });

  it.each([
    [
      'a renamed executable',
      '請求書.pdf',
      'application/pdf',
      Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]),
      '実行ファイル',
    ],
    [
      'a PDF with JavaScript',
      'form.pdf',
      'application/pdf',
      pdf('/OpenAction << /S /JavaScript /JS (app.alert(1)) >>'),
      'JavaScript',
    ],
    [
      'an oversized file',
      'big.pdf',
      'application/pdf',
      Buffer.concat([pdf(''), Buffer.alloc(710 * 1024)]),
      '上限 700 KB',
    ],
    ['a type that is not allowed', 'memo.txt', 'text/plain', Buffer.from('メモ'), 'この種類のファイルは添付できません'],
    [
      'a Word file with macros',
      'macro.docx',
      'application/octet-stream',
      zip(['[Content_Types].xml', 'word/document.xml', 'word/vbaProject.bin']),
      'マクロ',
    ],
    [
      'an old binary Excel file',
      'old.xls',
      'application/vnd.ms-excel',
      Buffer.from('d0cf11e0a1b11ae1' + '00'.repeat(100), 'hex'),
      '.doc・.xls',
    ],
  ])('refuses %s with a 400 naming why, and stores nothing', async (_what, name, mediaType, content, reason) => {
    const before = (await attachments()).length;
    const res = await attach(name, mediaType, content);
    expect(res.status).toBe(400);
    expect(res.body.message).toContain(reason);
    expect(res.body.errors).toEqual([{ field: 'contentBase64', messages: [expect.stringContaining(reason)] }]);
    expect((await attachments()).length).toBe(before);
  });
});
