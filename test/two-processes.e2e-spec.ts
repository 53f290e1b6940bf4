import { startTestApp, type TestApp } from './support/test-app';
import { createAccount } from './support/accounts';

describe('two API processes on one database (e2e)', () => {
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    first = await startTestApp();
    second = await startTestApp({ database: first.database });
    await createAccount(first.dataSource, { username: 'auditor', roles: ['auditor'] });
    for (let i = 0; i < 4; i++) await createAccount(first.dataSource, { username: `clerk${i}` });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('keeps one unbroken audit chain while both write at once', async () => {
    const attempt = (i: number) =>
      (i % 2 ? first : second)
        .on('lgwan')
        .post('/api/auth/login')
        .send({ username: `clerk${i % 4}`, password: i % 3 ? 'Demo-pass-2026' : 'wrong-pass-1' });
    // One Node process holding two synchronous SQLite connections would block itself on the file
    // lock, so on SQLite the two apps take turns; on MariaDB they really run at once.
    const responses = process.env.DATABASE_URL
      ? await Promise.all(Array.from({ length: 24 }, (_, i) => attempt(i)))
      : await Array.from({ length: 24 }, (_, i) => i).reduce<Promise<Awaited<ReturnType<typeof attempt>>[]>>(
          async (acc, i) => [...(await acc), await attempt(i)],
          Promise.resolve([]),
        );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(16);
    expect(statuses.filter((s) => s === 401)).toHaveLength(8);

    // Sessions live in the database, so a login on one process is valid on the other.
    const token = await first.login('auditor');
    const verify = await second.on('lgwan').get('/api/audit/verify').set('Authorization', `Bearer ${token}`);
    expect(verify.body).toMatchObject({ ok: true });
    expect(verify.body.checked).toBeGreaterThanOrEqual(25);
  });

  it('ends a session on both processes when it is logged out on one', async () => {
    const token = await second.login('clerk1');
    const me = () => first.on('lgwan').get('/api/auth/me').set('Authorization', `Bearer ${token}`);
    expect((await me()).status).toBe(200);
    await second.on('lgwan').post('/api/auth/logout').set('Authorization', `Bearer ${token}`);
    expect((await me()).status).toBe(401);
  });
});
