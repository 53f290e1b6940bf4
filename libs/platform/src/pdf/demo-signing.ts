import fs from 'node:fs';
import type { SigningIdentity } from './signing-identity';

/** The passphrase of the demo identity: published on purpose, the key proves nothing. */
export const DEMO_SIGNING_PASSPHRASE = 'ringi-demo-only';

/**
 * The DEMO signing identity committed under seeds/demo-signing (a self-signed certificate of the fictional
 * みなと市): used only when no identity is configured, so the demo city can dispatch electronically.
 */
export function demoSigningIdentity(): SigningIdentity {
  // Four folders up from libs/platform/src/pdf is the project root, or dist/ in a build (which copies seeds/).
  const file = new URL('../../../../seeds/demo-signing/DEMO-ONLY-signing.p12', import.meta.url);
  return { p12: fs.readFileSync(file), passphrase: DEMO_SIGNING_PASSPHRASE };
}
