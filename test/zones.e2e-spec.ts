import type { Zone, ZoneModelName } from '@ringi/platform';
import { ZONE_MODELS, type Surface } from '@ringi/auth';
import { startTestApp, type TestApp } from './support/test-app';
import { createAccount } from './support/accounts';

/** A real route of each surface; anonymous callers get 404 where the zone does not serve it, else 401/200. */
const PROBES: Record<Exclude<Surface, 'docs'>, string> = {
  public: '/api/health',
  portal: '/api/portal/account',
  business: '/api/org/units',
  admin: '/api/admin/users',
  audit: '/api/audit/events',
  mynumber: '/api/mynumber/staff/1',
};

const MODELS: ZoneModelName[] = ['alpha', 'beta', 'beta-prime'];
const ZONE_LIST: Zone[] = ['lgwan', 'internet', 'mynumber'];

describe.each(MODELS)('zone model %s over real listeners (e2e)', (model) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ zoneModel: model });
    await createAccount(t.dataSource, { username: 'staff1' });
    await createAccount(t.dataSource, { username: 'gas@example.jp', kind: 'applicant' });
  });
  afterAll(() => t.close());

  const rows = ZONE_LIST.flatMap((zone) =>
    (Object.keys(PROBES) as Array<keyof typeof PROBES>).map((surface) => [zone, surface] as const),
  );

  it.each(rows)('%s listener, %s surface', async (zone, surface) => {
    const served = ZONE_MODELS[model][zone].surfaces.includes(surface);
    const res = await t.on(zone).get(PROBES[surface]);
    if (!served) {
      expect(res.status).toBe(404);
      expect(res.body.message).toBe('この接続系では提供していない機能です。');
    } else {
      expect(res.status).toBe(surface === 'public' ? 200 : 401);
    }
  });

  it('lets staff log in on the internet listener only where the model allows, and only with TOTP', async () => {
    const res = await t.on('internet').post('/api/auth/login').send({ username: 'staff1', password: 'Demo-pass-2026' });
    if (model === 'alpha') {
      expect(res.status).toBe(403);
      expect(res.body.message).toBe('この接続系からは職員のログインはできません。');
    } else {
      expect(res.status).toBe(403);
      expect(res.body.message).toMatch(/二要素認証が未登録/);
    }
  });

  it('gives an applicant the portal on the internet listener and nothing of the staff side', async () => {
    const token = await t.login('gas@example.jp', 'internet');
    const auth = { Authorization: `Bearer ${token}` };
    expect((await t.on('internet').get('/api/portal/account').set(auth)).status).toBe(200);
    const business = await t.on('internet').get('/api/org/units').set(auth);
    expect(business.status).toBe(model === 'alpha' ? 404 : 403);
  });
});
