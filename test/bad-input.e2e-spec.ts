import { UserAccount } from '@ringi/auth';
import { startTestApp, type TestApp } from './support/test-app';
import { createAccount } from './support/accounts';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('bad input gets a 400 with a message per field, and nothing is written (e2e)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    await createAccount(t.dataSource, { username: 'admin', roles: ['system-admin'], totpSecret: SECRET });
    admin = await t.loginWithMfa('admin', SECRET);
  });
  afterAll(() => t.close());

  const post = (path: string) => t.on('lgwan').post(path).set('Authorization', `Bearer ${admin}`);
  const accounts = () => t.dataSource.getRepository(UserAccount).count();

  it('malformed JSON', async () => {
    const res = await t
      .on('lgwan')
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"username": "x",');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, message: 'JSON の形式が正しくありません。' });
  });

  it('missing fields on login', async () => {
    const res = await t.on('lgwan').post('/api/auth/login').send({});
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['password', 'username']);
  });

  it('unknown fields are refused, not ignored', async () => {
    const res = await t.on('lgwan').post('/api/auth/login').send({ username: 'a', password: 'b', admin: true });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'admin', messages: ['この項目は受け付けていません（不明な項目です）'] }]);
  });

  it('wrong types and overlong strings, each named', async () => {
    const before = await accounts();
    const res = await post('/api/admin/users').send({
      username: 'Bad Name!',
      displayName: 'x'.repeat(101),
      password: 12345,
      staffId: 'seven',
      roles: [{ role: 'emperor' }],
    });
    expect(res.status).toBe(400);
    const byField = Object.fromEntries(
      res.body.errors.map((e: { field: string; messages: string[] }) => [e.field, e.messages]),
    );
    expect(byField.username).toEqual(['英小文字・数字・「.」「_」「-」で2〜63文字にしてください']);
    expect(byField.displayName).toEqual(['100文字以内で入力してください']);
    expect(byField.password).toContain('文字列で入力してください');
    expect(byField.staffId).toContain('整数で入力してください');
    expect(byField['roles.0.role']).toEqual(['選択肢の中から指定してください']);
    expect(await accounts()).toBe(before);
  });

  it('a password breaking the policy creates nothing', async () => {
    const before = await accounts();
    const res = await post('/api/admin/users').send({ username: 'newbie', displayName: '新人', password: 'password' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('password');
    expect(await accounts()).toBe(before);
  });

  it('a duplicate user name is a 409 and the first account stays as it was', async () => {
    const first = await post('/api/admin/users').send({
      username: 'tanaka',
      displayName: '田中',
      password: 'Strong-pass-2026',
      roles: [{ role: 'auditor' }],
    });
    expect(first.status).toBe(201);
    const dup = await post('/api/admin/users').send({
      username: 'tanaka',
      displayName: '別人',
      password: 'Strong-pass-2026',
    });
    expect(dup.status).toBe(409);
    expect(dup.body.message).toContain('tanaka');
    const list = await t.on('lgwan').get('/api/admin/users?q=tanaka').set('Authorization', `Bearer ${admin}`);
    expect(list.body).toHaveLength(1);
    expect(list.body[0]).toMatchObject({ displayName: '田中', roles: [{ role: 'auditor', scopeUnitId: null }] });
  });

  it('ids that are not positive integers', async () => {
    const res = await t.on('lgwan').get('/api/admin/users/abc').set('Authorization', `Bearer ${admin}`);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'id', messages: ['正の整数で指定してください'] }]);
    expect((await t.on('lgwan').get('/api/admin/users/99999').set('Authorization', `Bearer ${admin}`)).status).toBe(
      404,
    );
  });

  it('bodies over the size limit', async () => {
    const res = await t
      .on('lgwan')
      .post('/api/auth/login')
      .send({ username: 'x'.repeat(2_000_000), password: 'y' });
    expect(res.status).toBe(413);
    expect(res.body.message).toBe('送信されたデータが大きすぎます。');
  });

  it('unknown routes are a JSON 404', async () => {
    const res = await t.on('lgwan').get('/api/nope');
    expect(res.status).toBe(404);
    expect(res.body.statusCode).toBe(404);
  });
});
