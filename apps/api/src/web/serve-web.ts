import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { zoneOf, type Zone, type ZoneModelName } from '@ringi/platform';
import { surfacesFor, webAppsFor, WEB_APPS, type WebApp } from './web-apps';

const SURFACES_PLACEHOLDER = '__RINGI_SURFACES__';

/** apps/web/dist, found by walking up from this file (it runs from apps/ in tests and dist/apps/ in production). */
export function findWebDist(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'apps', 'web', 'build.mjs'))) return join(dir, 'apps', 'web', 'dist');
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function notServed(res: Response): void {
  res.status(404).type('text/plain; charset=utf-8').send('この接続系では提供していない画面です。\n');
}

function zoneGate(model: ZoneModelName, app: WebApp) {
  return (req: Request, res: Response, next: NextFunction) => {
    const zone = zoneOf(req);
    if (zone && webAppsFor(model, zone).includes(app)) return next();
    notServed(res);
  };
}

/** Every in-app path answers the app's index.html; the browser app routes from there. */
function spaFallback(model: ZoneModelName, appDir: string) {
  return (req: Request, res: Response) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/assets/')) {
      res.status(404).type('text/plain; charset=utf-8').send('見つかりません。\n');
      return;
    }
    const index = join(appDir, 'index.html');
    if (!existsSync(index)) {
      res
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('画面がビルドされていません。npm run build:web を実行してください。\n');
      return;
    }
    const surfaces = surfacesFor(model, zoneOf(req) as Zone).join(',');
    res
      .status(200)
      .type('text/html; charset=utf-8')
      .setHeader('Cache-Control', 'no-cache')
      .send(readFileSync(index, 'utf8').replace(SURFACES_PLACEHOLDER, surfaces));
  };
}

/**
 * Serves the built browser apps: /staff/ and /portal/, each only on the listeners whose zone serves
 * the API surface it calls; / sends a browser to its listener's home app. API paths pass through.
 */
export function webAppRouter(model: ZoneModelName, distDir: string | null = findWebDist()): Router {
  const router = express.Router();
  router.get('/', (req, res, next) => {
    const home = webAppsFor(model, zoneOf(req) as Zone)[0];
    if (!home) return next();
    res.redirect(302, `/${home}/`);
  });
  // The address printed on a permit (/verify/<code>) opens the portal's public check of that code.
  router.get('/verify/:code', (req, res) => {
    res.redirect(302, `/portal/verify/${encodeURIComponent(req.params.code)}`);
  });
  for (const app of WEB_APPS) {
    const appDir = join(distDir ?? '', app);
    router.use(
      `/${app}`,
      zoneGate(model, app),
      // Hashed file names: an asset never changes, so browsers may keep it.
      express.static(appDir, { index: false, immutable: true, maxAge: '1y', fallthrough: true }),
      spaFallback(model, appDir),
    );
  }
  return router;
}
