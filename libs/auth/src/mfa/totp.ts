import { createHash, randomBytes } from 'node:crypto';
import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';

const ISSUER = 'ringi';
const PERIOD_SECONDS = 30;

function totpFor(secretBase32: string, label: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: OTPAuth.Secret.fromBase32(secretBase32),
  });
}

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

export async function enrolmentMaterial(secretBase32: string, label: string) {
  const otpauthUrl = totpFor(secretBase32, label).toString();
  return { secret: secretBase32, otpauthUrl, qrCodeDataUrl: await QRCode.toDataURL(otpauthUrl) };
}

/** The time step a code matches (±1 step for clock drift), or null. */
export function matchingTotpStep(secretBase32: string, code: string, at: Date): number | null {
  const delta = totpFor(secretBase32, ISSUER).validate({ token: code, timestamp: at.getTime(), window: 1 });
  if (delta === null) return null;
  return Math.floor(at.getTime() / 1000 / PERIOD_SECONDS) + delta;
}

/** What a demo or test uses to produce the current code. */
export function currentTotpCode(secretBase32: string, at: Date): string {
  return totpFor(secretBase32, ISSUER).generate({ timestamp: at.getTime() });
}

export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const raw = randomBytes(5).toString('hex');
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
}

export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(code.trim().toLowerCase()).digest('hex');
}
