import { UserRole } from '@ringi/auth';
import { startTestApp, type TestApp } from './support/test-app';
import { createAccount } from './support/accounts';

/** Identities (account and roles) are cached per process; changes written through the process apply at once. */
describe('cached identities (e2e)', () => {
  let t: TestApp;
  let userId: number;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    userId = (await createAccount(t.dataSource, { username: 'reader' })).id;
    token = await t.login('reader');
  });
  afterAll(() => t.close());

  const auditEvents = () => t.on('lgwan').get('/api/audit/events').set('Authorization', `Bearer ${token}`);

  it('applies a granted and a withdrawn role on the next request', async () => {
    expect((await auditEvents()).status).toBe(403);
    await t.dataSource.getRepository(UserRole).insert({ userId, role: 'auditor', scopeUnitId: null });
    expect((await auditEvents()).status).toBe(200);
    await t.dataSource.getRepository(UserRole).delete({ userId, role: 'auditor' });
    expect((await auditEvents()).status).toBe(403);
  });

  it('ends a logged-out session on the next request', async () => {
    const other = await t.login('reader');
    const me = () => t.on('lgwan').get('/api/auth/me').set('Authorization', `Bearer ${other}`);
    expect((await me()).status).toBe(200);
    expect((await t.on('lgwan').post('/api/auth/logout').set('Authorization', `Bearer ${other}`)).status).toBeLessThan(
      300,
    );
    expect((await me()).status).toBe(401);
  });
});
