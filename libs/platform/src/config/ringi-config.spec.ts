import fs from 'node:fs';
import path from 'node:path';
import { ConfigurationError, loadConfig } from './ringi-config';

describe('configuration from the environment', () => {
  it('defaults to SQLite in data/, the three local listeners and the alpha model', () => {
    const config = loadConfig({}, '/srv/ringi');
    expect(config.database).toEqual({ type: 'sqlite', file: path.join('/srv/ringi/data', 'ringi.sqlite') });
    expect(config.listen).toEqual({
      lgwan: { host: '127.0.0.1', port: 3000 },
      internet: { host: '127.0.0.1', port: 3001 },
      mynumber: { host: '127.0.0.1', port: 3002 },
    });
    expect(config.zoneModel).toBe('alpha');
  });

  it('takes MySQL/MariaDB from DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'mysql://root:@127.0.0.1:3306/ringi' }).database).toEqual({
      type: 'mysql',
      url: 'mysql://root:@127.0.0.1:3306/ringi',
    });
  });

  it('takes the public base URL of the internet listener without its trailing slash; unset by default', () => {
    expect(loadConfig({}).publicBaseUrl).toBeNull();
    expect(loadConfig({ RINGI_PUBLIC_BASE_URL: 'https://permits.city.example.jp/ringi/' }).publicBaseUrl).toBe(
      'https://permits.city.example.jp/ringi',
    );
  });

  it('takes the timestamp authority for signed PDFs from RINGI_TSA_URL; none by default', () => {
    expect(loadConfig({}).tsaUrl).toBeNull();
    expect(loadConfig({ RINGI_TSA_URL: 'https://tsa.example.jp/tsa' }).tsaUrl).toBe('https://tsa.example.jp/tsa');
    expect(loadConfig({ RINGI_TSA_URL: 'http://127.0.0.1:3180' }).tsaUrl).toBe('http://127.0.0.1:3180');
  });

  it('takes the trusted timestamp authorities from RINGI_TSA_TRUSTED_FINGERPRINTS, with or without colons', () => {
    const a = 'ab'.repeat(32);
    const b = 'C0:'.repeat(31) + 'C0';
    expect(loadConfig({}).tsaTrustedFingerprints).toEqual([]);
    expect(loadConfig({ RINGI_TSA_TRUSTED_FINGERPRINTS: `${a}, ${b}` }).tsaTrustedFingerprints).toEqual([
      a,
      'c0'.repeat(32),
    ]);
  });

  it.each([
    ['RINGI_TSA_URL', 'tsa.example.jp'],
    ['RINGI_TSA_URL', 'ldap://tsa.example.jp'],
    ['RINGI_TSA_TRUSTED_FINGERPRINTS', 'ab'.repeat(31)],
    ['RINGI_TSA_TRUSTED_FINGERPRINTS', `${'ab'.repeat(32)};${'cd'.repeat(32)}`],
    ['RINGI_PUBLIC_BASE_URL', 'permits.city.example.jp'],
    ['RINGI_PUBLIC_BASE_URL', 'ftp://permits.city.example.jp'],
    ['RINGI_PUBLIC_BASE_URL', 'https://permits.city.example.jp/?x=1'],
    ['RINGI_ZONE_MODEL', 'gamma'],
    ['RINGI_LISTEN_LGWAN', 'localhost'],
    ['RINGI_LISTEN_INTERNET', '127.0.0.1:99999'],
    ['DATABASE_URL', 'postgres://x@y/z'],
    ['RINGI_SESSION_IDLE_MINUTES', 'soon'],
    ['RINGI_LOG_LEVEL', 'loud'],
    ['RINGI_PORTAL_URL', 'portal.city.example.jp'],
    ['RINGI_PAYMENT_WEBHOOK_SECRET', 'short'],
    ['RINGI_PERMIT_PAYEE_ACCOUNT', '   '],
    ['RINGI_PERMIT_PAYEE_ACCOUNT', 'あ'.repeat(201)],
    ['RINGI_MFA_KEY', 'c2hvcnQ='],
    ['RINGI_MYNUMBER_KEY', 'x'.repeat(44)],
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain(`${name}=`);
  });

  it('takes the portal URL, the payment webhook secret and the payee account; none by default', () => {
    expect(loadConfig({})).toMatchObject({ portalUrl: null, paymentWebhookSecret: null, permitPayeeAccount: null });
    expect(
      loadConfig({
        RINGI_PORTAL_URL: 'https://portal.city.example.jp/permits/',
        RINGI_PAYMENT_WEBHOOK_SECRET: 'a-secret-of-thirty-two-characters',
        RINGI_PERMIT_PAYEE_ACCOUNT: ' 市銀行 本店 普通 7654321 ',
      }),
    ).toMatchObject({
      portalUrl: 'https://portal.city.example.jp/permits',
      paymentWebhookSecret: 'a-secret-of-thirty-two-characters',
      permitPayeeAccount: '市銀行 本店 普通 7654321',
    });
  });

  it('takes the key for stored TOTP secrets as 32 bytes; none by default', () => {
    const key = Buffer.alloc(32, 7);
    expect(loadConfig({}).mfaKey).toBeNull();
    expect(loadConfig({ RINGI_MFA_KEY: key.toString('base64') }).mfaKey).toEqual(key);
  });

  it('refuses two zones on one address', () => {
    expect(() => loadConfig({ RINGI_LISTEN_LGWAN: '127.0.0.1:3001' })).toThrow(/three different addresses/);
  });

  describe('the signing identity', () => {
    const demoFile = path.resolve('seeds/demo-signing/DEMO-ONLY-signing.p12');

    it('is the DEMO identity when none is configured', () => {
      expect(loadConfig({}).signing).toMatchObject({ demo: true, passphrase: 'ringi-demo-only' });
    });

    it('reads a PKCS#12 file or its base64, opened with the passphrase', () => {
      const fromFile = loadConfig({ RINGI_SIGNING_P12_FILE: demoFile, RINGI_SIGNING_PASSPHRASE: 'ringi-demo-only' });
      expect(fromFile.signing).toMatchObject({ demo: false, passphrase: 'ringi-demo-only' });
      const base64 = fs.readFileSync(demoFile).toString('base64');
      const inline = loadConfig({ RINGI_SIGNING_P12_BASE64: base64, RINGI_SIGNING_PASSPHRASE: 'ringi-demo-only' });
      expect(inline.signing.p12.equals(fromFile.signing.p12)).toBe(true);
    });

    it.each([
      [{ RINGI_SIGNING_P12_FILE: demoFile, RINGI_SIGNING_PASSPHRASE: 'wrong' }, /cannot be read with this passphrase/],
      [{ RINGI_SIGNING_P12_FILE: '/no/such/file.p12' }, /RINGI_SIGNING_P12_FILE=.*cannot be read/],
      [{ RINGI_SIGNING_P12_FILE: demoFile, RINGI_SIGNING_P12_BASE64: 'AAAA' }, /not both/],
    ])('refuses %j', (env, message) => {
      expect(() => loadConfig(env)).toThrow(message);
    });

    it('never repeats the key or the passphrase in its message', () => {
      const secret = Buffer.from('not a pkcs12 but secret').toString('base64');
      expect(() => loadConfig({ RINGI_SIGNING_P12_BASE64: secret, RINGI_SIGNING_PASSPHRASE: 'hunter2' })).toThrow(
        expect.objectContaining({ message: expect.not.stringMatching(new RegExp(`${secret}|hunter2`)) }),
      );
    });
  });
});
