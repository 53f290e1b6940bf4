import { startTestApp, type TestApp } from './support/test-app';

describe('operations (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it.each(['lgwan', 'internet', 'mynumber'] as const)(
    'answers liveness and readiness (with the database) on %s',
    async (zone) => {
      expect((await t.on(zone).get('/api/health')).body).toEqual({ status: 'ok' });
      const ready = await t.on(zone).get('/api/health/ready');
      expect(ready.status).toBe(200);
      expect(ready.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
    },
  );

  it('serves OpenAPI on LGWAN only', async () => {
    const doc = await t.on('lgwan').get('/api/docs/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.paths['/api/auth/login']).toBeDefined();
    expect((await t.on('internet').get('/api/docs/openapi.json')).status).toBe(404);
    expect((await t.on('mynumber').get('/api/docs')).status).toBe(404);
  });

  it('sends security headers, a request id, and no CORS permission', async () => {
    const res = await t.on('lgwan').get('/api/health').set('Origin', 'https://evil.example');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
    // Answers of the API are never cached, so they carry no ETag to revalidate either.
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers.etag).toBeUndefined();
  });
});
