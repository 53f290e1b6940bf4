import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The browser tests need the built apps; `npm test` builds them first, a bare jest run builds them here. */
export function ensureWebBuilt(): void {
  if (existsSync('apps/web/dist/staff/index.html') && existsSync('apps/web/dist/portal/index.html')) return;
  execFileSync(process.execPath, ['apps/web/build.mjs'], { stdio: 'inherit' });
}
