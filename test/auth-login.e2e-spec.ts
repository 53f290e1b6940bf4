import { TotpSecretVault, UserAccount, currentTotpCode } from '@ringi/auth';
import { SecretCipher } from '@ringi/platform';
import { startTestApp, type TestApp } from './support/test-app';
import { createAccount } from './support/accounts';

const ADMIN_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('login, lockout, sessions (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await createAccount(t.dataSource, { username: 'staff1' });
    await createAccount(t.dataSource, { username: 'locky' });
    await createAccount(t.dataSource, { username: 'gas@example.jp', kind: 'applicant' });
  });
  afterAll(() => t.close());

  it('logs a staff member in on LGWAN and knows who they are', async () => {
    const res = await t.on('lgwan').post('/api/auth/login').send({ username: 'staff1', password: 'Demo-pass-2026' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', user: { username: 'staff1', kind: 'staff' } });
    expect(res.headers['set-cookie']?.[0]).toMatch(/^ringi_session_lgwan=.+HttpOnly; SameSite=Strict/);
    const me = await t.on('lgwan').get('/api/auth/me').set('Authorization', `Bearer ${res.body.token}`);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      username: 'staff1',
      zone: 'lgwan',
      permissions: expect.arrayContaining(['workflow.use']),
    });
  });

  it('accepts the session cookie, but only with the X-Ringi-Request header on writes', async () => {
    const login = await t.on('lgwan').post('/api/auth/login').send({ username: 'staff1', password: 'Demo-pass-2026' });
    const cookie = login.headers['set-cookie'][0].split(';')[0];
    expect((await t.on('lgwan').get('/api/auth/me').set('Cookie', cookie)).status).toBe(200);
    const forged = await t.on('lgwan').post('/api/auth/logout').set('Cookie', cookie);
    expect(forged.status).toBe(403);
    const real = await t.on('lgwan').post('/api/auth/logout').set('Cookie', cookie).set('X-Ringi-Request', '1');
    expect(real.status).toBe(204);
  });

  it('answers a wrong password and an unknown user alike', async () => {
    const wrong = await t.on('lgwan').post('/api/auth/login').send({ username: 'staff1', password: 'nope-nope-nope' });
    const unknown = await t
      .on('lgwan')
      .post('/api/auth/login')
      .send({ username: 'nobody', password: 'nope-nope-nope' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.message).toBe('ユーザー名またはパスワードが正しくありません。');
    expect(unknown.body.message).toBe(wrong.body.message);
  });

  it('locks an account after five failures, for fifteen minutes, even for the right password', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await t
        .on('lgwan')
        .post('/api/auth/login')
        .send({ username: 'locky', password: `wrong-${i}` });
      expect(res.status).toBe(401);
    }
    const locked = await t.on('lgwan').post('/api/auth/login').send({ username: 'locky', password: 'Demo-pass-2026' });
    expect(locked.status).toBe(423);
    expect(locked.body.message).toMatch(/ロック/);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);

    t.clock.advance(14 * 60_000);
    expect(
      (await t.on('lgwan').post('/api/auth/login').send({ username: 'locky', password: 'Demo-pass-2026' })).status,
    ).toBe(423);
    t.clock.advance(61_000);
    expect(
      (await t.on('lgwan').post('/api/auth/login').send({ username: 'locky', password: 'Demo-pass-2026' })).status,
    ).toBe(200);
  });

  it('refuses staff on the internet listener under alpha and applicants on LGWAN', async () => {
    const staff = await t
      .on('internet')
      .post('/api/auth/login')
      .send({ username: 'staff1', password: 'Demo-pass-2026' });
    expect(staff.status).toBe(403);
    expect(staff.body.message).toBe('この接続系からは職員のログインはできません。');
    const applicantOnLgwan = await t
      .on('lgwan')
      .post('/api/auth/login')
      .send({ username: 'gas@example.jp', password: 'Demo-pass-2026' });
    expect(applicantOnLgwan.status).toBe(403);
    const applicant = await t
      .on('internet')
      .post('/api/auth/login')
      .send({ username: 'gas@example.jp', password: 'Demo-pass-2026' });
    expect(applicant.status).toBe(200);
  });

  it('binds a session to the zone it was opened on', async () => {
    const token = await t.login('gas@example.jp', 'internet');
    expect((await t.on('internet').get('/api/auth/me').set('Authorization', `Bearer ${token}`)).status).toBe(200);
    expect((await t.on('lgwan').get('/api/auth/me').set('Authorization', `Bearer ${token}`)).status).toBe(401);
  });

  it('ends a session on logout and after 30 idle minutes', async () => {
    const token = await t.login('staff1');
    const auth = { Authorization: `Bearer ${token}` };
    expect((await t.on('lgwan').post('/api/auth/logout').set(auth)).status).toBe(204);
    expect((await t.on('lgwan').get('/api/auth/me').set(auth)).status).toBe(401);

    const idle = await t.login('staff1');
    t.clock.advance(29 * 60_000);
    expect((await t.on('lgwan').get('/api/auth/me').set('Authorization', `Bearer ${idle}`)).status).toBe(200);
    t.clock.advance(31 * 60_000);
    const expired = await t.on('lgwan').get('/api/auth/me').set('Authorization', `Bearer ${idle}`);
    expect(expired.status).toBe(401);
    expect(expired.body.message).toMatch(/有効期限/);
  });

  it('enforces the password policy on change, naming the field', async () => {
    const token = await t.login('staff1');
    const weak = await t
      .on('lgwan')
      .post('/api/auth/password')
      .set('Authorization', `Bearer ${token}`)
      .send({ currentPassword: 'Demo-pass-2026', newPassword: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.errors).toEqual([
      { field: 'newPassword', messages: expect.arrayContaining(['12文字以上にしてください']) },
    ]);
    const ok = await t
      .on('lgwan')
      .post('/api/auth/password')
      .set('Authorization', `Bearer ${token}`)
      .send({ currentPassword: 'Demo-pass-2026', newPassword: 'Another-pass-2027' });
    expect(ok.status).toBe(204);
    await t.login('staff1', 'lgwan', 'Another-pass-2027');
  });

  it('rate-limits the login route per client address', async () => {
    const fresh = await startTestApp({ env: { RINGI_LOGIN_RATE_PER_MINUTE: '20' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 22; i++) {
        statuses.push(
          (
            await fresh
              .on('lgwan')
              .post('/api/auth/login')
              .send({ username: `ghost${i}`, password: 'x' })
          ).status,
        );
      }
      expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(20)).toEqual([429, 429]);
    } finally {
      await fresh.close();
    }
  });
});

describe('two-factor login (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await createAccount(t.dataSource, {
      username: 'admin',
      roles: ['system-admin', 'workflow-admin'],
      totpSecret: ADMIN_SECRET,
    });
    await createAccount(t.dataSource, { username: 'wfadmin', roles: ['workflow-admin'] });
    await createAccount(t.dataSource, { username: 'jinji1', roles: ['hr'] });
  });
  afterAll(() => t.close());

  async function passwordStep(username: string, zone: 'lgwan' | 'mynumber' = 'lgwan') {
    const res = await t.on(zone).post('/api/auth/login').send({ username, password: 'Demo-pass-2026' });
    expect(res.status).toBe(200);
    return res.body;
  }

  it('asks admins for a TOTP code, accepts it once, refuses a replay', async () => {
    const first = await passwordStep('admin');
    expect(first.status).toBe('mfa-required');
    expect(first.token).toBeUndefined();
    const bad = await t
      .on('lgwan')
      .post('/api/auth/login/mfa')
      .send({ challengeToken: first.challengeToken, code: '000000' });
    expect(bad.status).toBe(401);
    const code = currentTotpCode(ADMIN_SECRET, t.clock.now());
    const ok = await t.on('lgwan').post('/api/auth/login/mfa').send({ challengeToken: first.challengeToken, code });
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('ok');
    const users = await t.on('lgwan').get('/api/admin/users').set('Authorization', `Bearer ${ok.body.token}`);
    expect(users.status).toBe(200);

    const again = await passwordStep('admin');
    const replay = await t.on('lgwan').post('/api/auth/login/mfa').send({ challengeToken: again.challengeToken, code });
    expect(replay.status).toBe(401);
  });

  it('does not accept the challenge token as a session', async () => {
    const first = await passwordStep('admin');
    const res = await t.on('lgwan').get('/api/auth/me').set('Authorization', `Bearer ${first.challengeToken}`);
    expect(res.status).toBe(401);
  });

  it('makes an unenrolled admin enrol before anything else, then issues recovery codes that work once', async () => {
    const first = await passwordStep('wfadmin');
    expect(first.status).toBe('mfa-enrolment-required');
    const auth = { Authorization: `Bearer ${first.token}` };
    expect((await t.on('lgwan').get('/api/admin/users').set(auth)).status).toBe(403);
    const enrol = await t.on('lgwan').post('/api/auth/mfa/enrol').set(auth);
    expect(enrol.status).toBe(200);
    expect(enrol.body.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(enrol.body.otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    const wrong = await t.on('lgwan').post('/api/auth/mfa/enrol/confirm').set(auth).send({ code: '12345' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].field).toBe('code');
    const confirm = await t
      .on('lgwan')
      .post('/api/auth/mfa/enrol/confirm')
      .set(auth)
      .send({ code: currentTotpCode(enrol.body.secret, t.clock.now()) });
    expect(confirm.status).toBe(200);
    expect(confirm.body.recoveryCodes).toHaveLength(10);
    expect((await t.on('lgwan').get('/api/auth/me').set(auth)).body.mfaEnrolmentRequired).toBe(false);

    const next = await passwordStep('wfadmin');
    expect(next.status).toBe('mfa-required');
    const recovery = confirm.body.recoveryCodes[0];
    const used = await t
      .on('lgwan')
      .post('/api/auth/login/mfa')
      .send({ challengeToken: next.challengeToken, recoveryCode: recovery });
    expect(used.status).toBe(200);
    const later = await passwordStep('wfadmin');
    const reused = await t
      .on('lgwan')
      .post('/api/auth/login/mfa')
      .send({ challengeToken: later.challengeToken, recoveryCode: recovery });
    expect(reused.status).toBe(401);
  });

  it('requires MFA for every login on the mynumber listener', async () => {
    const res = await t.on('mynumber').post('/api/auth/login').send({ username: 'jinji1', password: 'Demo-pass-2026' });
    expect(res.status).toBe(403);
    expect(res.body.message).toMatch(/二要素認証が未登録/);
    const admin = await passwordStep('admin', 'mynumber');
    expect(admin.status).toBe('mfa-required');
  });
});

describe('TOTP secrets at rest (e2e)', () => {
  let t: TestApp;
  let second: TestApp | undefined;
  const storedSecret = async (username: string) =>
    (await t.dataSource.getRepository(UserAccount).findOneByOrFail({ username })).totpSecret;
  const expectSealed = (stored: string | null, secret: string) => {
    expect(stored).toMatch(/^v1\./);
    expect(stored).not.toContain(secret);
  };

  beforeAll(async () => {
    t = await startTestApp();
    await createAccount(t.dataSource, { username: 'admin', roles: ['system-admin'], totpSecret: ADMIN_SECRET });
    await createAccount(t.dataSource, { username: 'wfadmin', roles: ['workflow-admin'] });
  });
  // A second process on the same database closes first: SQLite's file is shared by both.
  afterAll(async () => {
    await second?.close();
    await t.close();
  });

  it('seals a secret stored in clear at its first use, and keeps accepting codes from it', async () => {
    expect(await storedSecret('admin')).toBe(ADMIN_SECRET);
    await t.loginWithMfa('admin', ADMIN_SECRET);
    expectSealed(await storedSecret('admin'), ADMIN_SECRET);
    await t.loginWithMfa('admin', ADMIN_SECRET);
  });

  it('stores an enrolled secret sealed from the first step on', async () => {
    const first = await t.on('lgwan').post('/api/auth/login').send({ username: 'wfadmin', password: 'Demo-pass-2026' });
    const auth = { Authorization: `Bearer ${first.body.token}` };
    const enrol = await t.on('lgwan').post('/api/auth/mfa/enrol').set(auth);
    const pending = await t.dataSource.getRepository(UserAccount).findOneByOrFail({ username: 'wfadmin' });
    expectSealed(pending.totpPendingSecret, enrol.body.secret);
    const code = currentTotpCode(enrol.body.secret, t.clock.now());
    expect((await t.on('lgwan').post('/api/auth/mfa/enrol/confirm').set(auth).send({ code })).status).toBe(200);
    expectSealed(await storedSecret('wfadmin'), enrol.body.secret);
    t.clock.advance(30_000);
    await t.loginWithMfa('wfadmin', enrol.body.secret);
  });

  it('refuses, as a wrong code and not as a server error, a secret sealed under another host’s key', async () => {
    const foreign = `v1.${new SecretCipher(Buffer.alloc(32, 9), 'MFA').encrypt(ADMIN_SECRET)}`;
    await t.dataSource.getRepository(UserAccount).update({ username: 'admin' }, { totpSecret: foreign });
    const first = await t.on('lgwan').post('/api/auth/login').send({ username: 'admin', password: 'Demo-pass-2026' });
    const res = await t
      .on('lgwan')
      .post('/api/auth/login/mfa')
      .send({ challengeToken: first.body.challengeToken, code: currentTotpCode(ADMIN_SECRET, t.clock.now()) });
    expect(res.status).toBe(401);
    expect(res.body.message).toBe('確認コードが正しくありません。');
    expect(await storedSecret('admin')).toBe(foreign);
  });

  it('seals the secrets left in clear when a process starts, once', async () => {
    await createAccount(t.dataSource, { username: 'admin2', roles: ['system-admin'], totpSecret: ADMIN_SECRET });
    second = await startTestApp({ database: t.database });
    expectSealed(await storedSecret('admin2'), ADMIN_SECRET);
    expect(await second.app.get(TotpSecretVault).sealStoredInClear()).toBe(0);
    await t.loginWithMfa('admin2', ADMIN_SECRET);
  });
});
