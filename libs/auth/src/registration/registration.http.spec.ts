import { UserAccount } from '@ringi/auth';
import { RINGI_CONFIG, type RingiConfig } from '@ringi/platform';
import { startTestApp, type TestApp } from '../../../../test/support/test-app';
import { createAccount } from '../../../../test/support/accounts';
import { EmailConfirmation, MailOutbox } from './registration.entities';

const PASSWORD = 'Minato-portal-2026';
const ADMIN_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('applicant registration and e-mail confirmation on the portal (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const portal = () => t.on('internet');
  const counts = async () => ({
    accounts: await t.dataSource.getRepository(UserAccount).count(),
    confirmations: await t.dataSource.getRepository(EmailConfirmation).count(),
    mails: await t.dataSource.getRepository(MailOutbox).count(),
  });
  const linkIn = (body: string) => /confirm\?token=([A-Za-z0-9_-]+)/.exec(body)?.[1];

  it('registers, mails a link, confirms it, and the applicant logs in on the internet listener only', async () => {
    const res = await portal()
      .post('/api/portal/registrations')
      .send({ email: 'Hanako@Example.jp', displayName: '港 花子', organisationName: 'みなと建設', password: PASSWORD });
    expect(res.status).toBe(202);
    expect(res.body.message).toContain('確認メール');

    const login = () => portal().post('/api/auth/login').send({ username: 'hanako@example.jp', password: PASSWORD });
    expect((await login()).status).toBe(401);

    const mail = await t.dataSource.getRepository(MailOutbox).findOneByOrFail({ recipient: 'hanako@example.jp' });
    expect(mail.subject).toContain('メールアドレスの確認');
    const token = linkIn(mail.body);
    expect(token).toBeDefined();

    const confirmed = await portal().post('/api/portal/registrations/confirm').send({ token });
    expect(confirmed.status).toBe(200);
    const again = await portal().post('/api/portal/registrations/confirm').send({ token });
    expect(again.status).toBe(400);
    expect(again.body.errors[0]).toMatchObject({ field: 'token' });

    const ok = await login();
    expect(ok.status).toBe(200);
    const account = await portal().get('/api/portal/account').set('Authorization', `Bearer ${ok.body.token}`);
    expect(account.body).toMatchObject({ email: 'hanako@example.jp', displayName: '港 花子', emailVerified: true });
  });

  it('links mail to RINGI_PORTAL_URL when the city set it (the portal behind its proxy)', async () => {
    const config = t.app.get<RingiConfig>(RINGI_CONFIG);
    config.portalUrl = 'https://portal.city.example.jp/minato';
    try {
      const res = await portal()
        .post('/api/portal/registrations')
        .send({ email: 'proxy@example.jp', displayName: '港 次郎', password: PASSWORD });
      expect(res.status).toBe(202);
    } finally {
      config.portalUrl = null;
    }
    const mail = await t.dataSource.getRepository(MailOutbox).findOneByOrFail({ recipient: 'proxy@example.jp' });
    expect(mail.body).toMatch(/https:\/\/portal\.city\.example\.jp\/minato\/\S*confirm\?token=/);
  });

  it('is not offered on the LGWAN listener', async () => {
    const res = await t
      .on('lgwan')
      .post('/api/portal/registrations')
      .send({ email: 'x@example.jp', displayName: 'x', password: PASSWORD });
    expect(res.status).toBe(404);
  });

  it('refuses bad input with a Japanese message per field and writes nothing', async () => {
    const before = await counts();
    const bad = await portal().post('/api/portal/registrations').send({ email: 'not-an-address', displayName: '' });
    expect(bad.status).toBe(400);
    const fields = Object.fromEntries(
      (bad.body.errors as { field: string; messages: string[] }[]).map((e) => [e.field, e.messages.join(' ')]),
    );
    expect(fields.email).toContain('メールアドレスの形式');
    expect(fields.displayName).toContain('氏名を入力');
    expect(fields.password).toBeDefined();

    const weak = await portal()
      .post('/api/portal/registrations')
      .send({ email: 'weak@example.jp', displayName: '弱 い', password: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.errors[0].field).toBe('password');
    expect(weak.body.errors[0].messages.join('')).toContain('12文字以上');

    const unknown = await portal()
      .post('/api/portal/registrations/confirm')
      .send({ token: 'A'.repeat(43) });
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toContain('無効');
    expect(await counts()).toEqual(before);
  });

  it('answers a second registration of a known address the same way, mailing the owner instead', async () => {
    const before = await counts();
    const res = await portal()
      .post('/api/portal/registrations')
      .send({ email: 'hanako@example.jp', displayName: '別人', password: 'Another-pass-2026' });
    expect(res.status).toBe(202);
    const after = await counts();
    expect(after).toEqual({ ...before, mails: before.mails + 1 });
  });

  it('refuses an expired link', async () => {
    await portal()
      .post('/api/portal/registrations')
      .send({ email: 'late@example.jp', displayName: '遅 い', password: PASSWORD });
    const mail = await t.dataSource.getRepository(MailOutbox).findOneByOrFail({ recipient: 'late@example.jp' });
    t.clock.advance(25 * 3600_000);
    const res = await portal()
      .post('/api/portal/registrations/confirm')
      .send({ token: linkIn(mail.body) });
    expect(res.status).toBe(400);
  });

  it('lets a system administrator read the outbox on LGWAN', async () => {
    await createAccount(t.dataSource, { username: 'admin', roles: ['system-admin'], totpSecret: ADMIN_SECRET });
    const admin = await t.loginWithMfa('admin', ADMIN_SECRET);
    const res = await t.on('lgwan').get('/api/admin/mail-outbox').set('Authorization', `Bearer ${admin}`);
    expect(res.status).toBe(200);
    expect(res.body.map((m: { recipient: string }) => m.recipient)).toContain('hanako@example.jp');
  });
});
