import { CityDocument } from '@ringi/documents';
import { seedDemoCity } from '../seeds/demo-city';
import { startTestApp, type TestApp } from './support/test-app';
import { WorkflowClient } from './support/workflow-client';

describe('documents: 文書番号 under concurrent drafting in two API processes (e2e)', () => {
  let first: TestApp;
  let second: TestApp;
  let clients: WorkflowClient[];
  let fileId: number;

  beforeAll(async () => {
    first = await startTestApp({ now: '2026-04-06T00:00:00Z' });
    await seedDemoCity(first.dataSource);
    second = await startTestApp({ database: first.database, now: '2026-04-06T00:00:00Z' });
    clients = [new WorkflowClient(first), new WorkflowClient(second)];
    const files = await clients[0].get('/api/documents/file-plan/record-files?status=open', 'staff1');
    fileId = files.body.find((f: { title: string }) => f.title === '庁内通知・照会').id;
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  const draft = (i: number, who: string) =>
    clients[i % 2].post('/api/documents/drafts', who, { recordFileId: fileId, title: `同時起案 ${i}` });

  it('gives every draft its own number, without gaps, whichever process takes it', async () => {
    const drafters = ['staff1', 'kakaricho1', 'kacho1'];
    for (const c of clients) for (const who of drafters) await c.token(who);
    const count = 24;
    // One Node process holding two synchronous SQLite connections would block itself on the file lock, so on
    // SQLite the two apps take turns; on MariaDB they race for the counter row.
    const responses = process.env.DATABASE_URL
      ? await Promise.all(Array.from({ length: count }, (_, i) => draft(i, drafters[i % 3])))
      : await Array.from({ length: count }, (_, i) => i).reduce<Promise<Awaited<ReturnType<typeof draft>>[]>>(
          async (acc, i) => [...(await acc), await draft(i, drafters[i % 3])],
          Promise.resolve([]),
        );
    expect(responses.map((r) => r.status)).toEqual(Array(count).fill(201));
    const numbers = responses.map((r) => r.body.docNumber as string);
    expect(new Set(numbers).size).toBe(count);
    const sequences = (
      await first.dataSource.getRepository(CityDocument).findBy({ docSymbol: '港総', fiscalYear: 2026 })
    )
      .map((d) => d.sequence)
      .sort((a, b) => a! - b!);
    expect(sequences).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  });

  it('starts again at 第1号 in the next 年度 in both processes, and only once', async () => {
    for (const app of [first, second]) app.clock.set('2027-04-01T00:00:00Z');
    const responses = await Promise.all([
      draft(0, 'staff1'),
      ...(process.env.DATABASE_URL ? [draft(1, 'kakaricho1')] : []),
    ]);
    if (!process.env.DATABASE_URL) responses.push(await draft(1, 'kakaricho1'));
    expect(responses.map((r) => r.body.docNumber).sort()).toEqual(['港総第1号', '港総第2号']);
  });
});
