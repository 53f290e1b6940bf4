import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import request from 'supertest';
import { createZoneServer, type Zone, type ZoneModelName } from '@ringi/platform';
import { webAppRouter } from './serve-web';

describe('serving the browser apps per listener', () => {
  let dist: string;

  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'ringi-web-'));
    for (const app of ['staff', 'portal']) {
      mkdirSync(join(dist, app, 'assets'), { recursive: true });
      writeFileSync(
        join(dist, app, 'index.html'),
        `<meta name="ringi-surfaces" content="__RINGI_SURFACES__"><title>${app}</title>`,
      );
      writeFileSync(join(dist, app, 'assets', 'main-abc.js'), `console.log('${app}')`);
    }
  });

  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  function on(model: ZoneModelName, zone: Zone) {
    const handler = express();
    handler.use(webAppRouter(model, dist));
    handler.use((_req, res) => res.status(404).send('api'));
    return request(createZoneServer(handler, zone));
  }

  it('sends a browser to its listener’s home app', async () => {
    await on('alpha', 'lgwan').get('/').expect(302).expect('Location', '/staff/');
    await on('alpha', 'internet').get('/').expect(302).expect('Location', '/portal/');
  });

  it('answers every in-app path with the index, telling the page the surfaces served', async () => {
    const res = await on('alpha', 'lgwan').get('/staff/tasks/12').expect(200);
    expect(res.text).toContain('<title>staff</title>');
    expect(res.text).toContain('content="public,business,admin,audit,docs"');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('does not serve the staff app, not even its files, on the internet listener under alpha', async () => {
    const page = await on('alpha', 'internet').get('/staff/login').expect(404);
    expect(page.text).toContain('この接続系では提供していない画面です');
    await on('alpha', 'internet').get('/staff/assets/main-abc.js').expect(404);
    await on('alpha', 'internet').get('/portal/register').expect(200);
  });

  it('serves the staff app on the internet listener where the zone model allows business work', async () => {
    await on('beta', 'internet').get('/staff/login').expect(200);
  });

  it('serves hashed assets for a year and answers a missing one with 404, not the index', async () => {
    const res = await on('alpha', 'lgwan').get('/staff/assets/main-abc.js').expect(200);
    expect(res.headers['cache-control']).toContain('immutable');
    await on('alpha', 'lgwan').get('/staff/assets/gone.js').expect(404);
  });

  it('leaves the API to the API', async () => {
    const res = await on('alpha', 'lgwan').get('/api/workflow/tasks').expect(404);
    expect(res.text).toBe('api');
  });
});
