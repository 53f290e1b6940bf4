import fs from 'node:fs';
import path from 'node:path';
import { IsIn, IsInt, IsOptional, IsUrl, Matches, Max, MaxLength, Min, MinLength, validateSync } from 'class-validator';
import { plainToInstance, Transform } from 'class-transformer';
import type { Zone } from '../zones/zone';
import { demoSigningIdentity } from '../pdf/demo-signing';
import { signingCertificateOf, type SigningIdentity } from '../pdf/signing-identity';

export const ZONE_MODELS = ['alpha', 'beta', 'beta-prime'] as const;
export type ZoneModelName = (typeof ZONE_MODELS)[number];

const LISTEN_PATTERN = /^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/;
const DATABASE_URL_PATTERN = /^mysql:\/\/[^/\s]+\/[A-Za-z0-9_$-]+(\?.*)?$/;
const FINGERPRINT = '\\s*(?:[0-9A-Fa-f]{2}:?){31}[0-9A-Fa-f]{2}\\s*';
const FINGERPRINT_LIST_PATTERN = new RegExp(`^${FINGERPRINT}(,${FINGERPRINT})*$`);

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/** Environment variables ringi reads, validated once at start-up. */
class RingiEnvironment {
  @IsOptional()
  RINGI_DATA_DIR?: string;

  @IsOptional()
  @Matches(DATABASE_URL_PATTERN, { message: 'must look like mysql://user:pass@host:port/database' })
  DATABASE_URL?: string;

  @IsOptional()
  @Matches(LISTEN_PATTERN, { message: 'must be host:port, for example 127.0.0.1:3000' })
  RINGI_LISTEN_LGWAN?: string;

  @IsOptional()
  @Matches(LISTEN_PATTERN, { message: 'must be host:port, for example 127.0.0.1:3001' })
  RINGI_LISTEN_INTERNET?: string;

  @IsOptional()
  @Matches(LISTEN_PATTERN, { message: 'must be host:port, for example 127.0.0.1:3002' })
  RINGI_LISTEN_MYNUMBER?: string;

  @IsOptional()
  @IsIn(ZONE_MODELS, { message: `must be one of ${ZONE_MODELS.join(', ')}` })
  RINGI_ZONE_MODEL?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(1)
  @Max(24 * 60)
  RINGI_SESSION_IDLE_MINUTES?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of attempts' })
  @Min(1)
  @Max(100000)
  RINGI_LOGIN_RATE_PER_MINUTE?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of seconds (0 turns the timer poller off)' })
  @Min(0)
  @Max(3600)
  RINGI_TIMER_POLL_SECONDS?: number;

  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'must be 32 random bytes in base64 (openssl rand -base64 32)' })
  RINGI_MYNUMBER_KEY?: string;

  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'must be 32 random bytes in base64 (openssl rand -base64 32)' })
  RINGI_MFA_KEY?: string;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'must be one of fatal, error, warn, info, debug, trace, silent',
  })
  RINGI_LOG_LEVEL?: string;

  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false, allow_query_components: false },
    { message: 'must be an http(s) URL without query, for example https://permits.city.example.jp' },
  )
  RINGI_PUBLIC_BASE_URL?: string;

  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false, allow_query_components: false },
    { message: 'must be an http(s) URL without query, for example https://portal.city.example.jp' },
  )
  RINGI_PORTAL_URL?: string;

  @IsOptional()
  @MinLength(16, { message: 'must be at least 16 characters (openssl rand -hex 32)' })
  @MaxLength(512)
  RINGI_PAYMENT_WEBHOOK_SECRET?: string;

  @IsOptional()
  @Matches(/\S/, { message: 'must not be blank' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  RINGI_PERMIT_PAYEE_ACCOUNT?: string;

  @IsOptional()
  RINGI_SIGNING_P12_FILE?: string;

  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'must be the http(s) URL of an RFC 3161 timestamp authority, for example https://tsa.example.jp/tsa' },
  )
  RINGI_TSA_URL?: string;

  @IsOptional()
  @Matches(FINGERPRINT_LIST_PATTERN, {
    message:
      'must be the sha256 fingerprints of the trusted timestamp authorities’ certificates, 64 hex digits each (colons allowed), separated by commas',
  })
  RINGI_TSA_TRUSTED_FINGERPRINTS?: string;

  /** Not checked by pattern here: a message would echo the key; opening it with the passphrase checks it. */
  @IsOptional()
  RINGI_SIGNING_P12_BASE64?: string;

  @IsOptional()
  RINGI_SIGNING_PASSPHRASE?: string;
}

export interface ListenAddress {
  host: string;
  port: number;
}

export type DatabaseConfig = { type: 'sqlite'; file: string } | { type: 'mysql'; url: string };

export interface RingiConfig {
  dataDir: string;
  database: DatabaseConfig;
  listen: Record<Zone, ListenAddress>;
  zoneModel: ZoneModelName;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Login attempts per client address per minute, on top of the per-account lockout. */
  loginRatePerMinute: number;
  logLevel: string;
  /** How often due workflow timers are looked for; 0 = never (tests fire them by hand). */
  timerPollSeconds: number;
  /** AES key for stored 個人番号; unset = a key file in the data folder. */
  myNumberKey: Buffer | null;
  /** AES key for stored TOTP secrets; unset = a key file in the data folder. */
  mfaKey: Buffer | null;
  /**
   * The internet listener as the public reaches it (behind the city's proxy), without a trailing slash; printed
   * on 許可書 for /verify. Null = the paths stay relative.
   */
  publicBaseUrl: string | null;
  /** The portal as applicants reach it, for links in mail; null = the address a request came to. */
  portalUrl: string | null;
  /** HMAC secret shared with the payment provider for its webhooks; null = this installation's own random one. */
  paymentWebhookSecret: string | null;
  /** The 指定金融機関 account printed on 納付書; null = the demo city's. */
  permitPayeeAccount: string | null;
  /** The city's key and certificate for signing dispatched PDFs; the committed DEMO identity when none is set. */
  signing: SigningIdentity & { demo: boolean };
  /** RFC 3161 timestamp authority for signed PDFs (PAdES B-T); null = signatures carry no timestamp. */
  tsaUrl: string | null;
  /**
   * Timestamp authorities whose timestamps verification trusts (sha256 fingerprints of their certificates, lower-case
   * hex): a trusted timestamp's time is the one the signer's certificate is checked at.
   */
  tsaTrustedFingerprints: string[];
}

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigurationError';
  }
}

function parseListen(value: string): ListenAddress {
  const match = LISTEN_PATTERN.exec(value);
  if (!match) throw new Error(`unparseable listen address ${value}`);
  return { host: match[1].replace(/^\[|\]$/g, ''), port: Number(match[2]) };
}

/** Reads and validates the environment; throws ConfigurationError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): RingiConfig {
  const raw = plainToInstance(RingiEnvironment, { ...env });
  const errors = validateSync(raw, { skipMissingProperties: false });
  const problems = errors.map(
    (e) => `${e.property}=${JSON.stringify(env[e.property])}: ${Object.values(e.constraints ?? {}).join('; ')}`,
  );
  for (const name of ['RINGI_LISTEN_LGWAN', 'RINGI_LISTEN_INTERNET', 'RINGI_LISTEN_MYNUMBER'] as const) {
    const value = env[name];
    if (value && LISTEN_PATTERN.test(value) && parseListen(value).port > 65535) {
      problems.push(`${name}=${JSON.stringify(value)}: port must be between 0 and 65535`);
    }
  }
  const signing = signingIdentity(env, cwd, problems);
  if (problems.length > 0) throw new ConfigurationError(problems);

  const dataDir = path.resolve(cwd, env.RINGI_DATA_DIR || 'data');
  const listen: Record<Zone, ListenAddress> = {
    lgwan: parseListen(env.RINGI_LISTEN_LGWAN || '127.0.0.1:3000'),
    internet: parseListen(env.RINGI_LISTEN_INTERNET || '127.0.0.1:3001'),
    mynumber: parseListen(env.RINGI_LISTEN_MYNUMBER || '127.0.0.1:3002'),
  };
  const ports = Object.values(listen).map((l) => `${l.host}:${l.port}`);
  if (new Set(ports).size !== ports.length && !ports.some((p) => p.endsWith(':0'))) {
    throw new ConfigurationError([
      `RINGI_LISTEN_LGWAN, RINGI_LISTEN_INTERNET and RINGI_LISTEN_MYNUMBER must be three different addresses (got ${ports.join(', ')})`,
    ]);
  }
  return {
    dataDir,
    database: env.DATABASE_URL
      ? { type: 'mysql', url: env.DATABASE_URL }
      : { type: 'sqlite', file: path.join(dataDir, 'ringi.sqlite') },
    listen,
    zoneModel: (env.RINGI_ZONE_MODEL as ZoneModelName) || 'alpha',
    sessionIdleMinutes: raw.RINGI_SESSION_IDLE_MINUTES ?? 30,
    sessionAbsoluteHours: 12,
    loginRatePerMinute: raw.RINGI_LOGIN_RATE_PER_MINUTE ?? 20,
    logLevel: env.RINGI_LOG_LEVEL || 'info',
    timerPollSeconds: raw.RINGI_TIMER_POLL_SECONDS ?? 5,
    myNumberKey: env.RINGI_MYNUMBER_KEY ? Buffer.from(env.RINGI_MYNUMBER_KEY, 'base64') : null,
    mfaKey: env.RINGI_MFA_KEY ? Buffer.from(env.RINGI_MFA_KEY, 'base64') : null,
    publicBaseUrl: env.RINGI_PUBLIC_BASE_URL ? env.RINGI_PUBLIC_BASE_URL.replace(/\/+$/, '') : null,
    portalUrl: env.RINGI_PORTAL_URL ? env.RINGI_PORTAL_URL.replace(/\/+$/, '') : null,
    paymentWebhookSecret: env.RINGI_PAYMENT_WEBHOOK_SECRET || null,
    permitPayeeAccount: env.RINGI_PERMIT_PAYEE_ACCOUNT?.trim() || null,
    signing,
    tsaUrl: env.RINGI_TSA_URL || null,
    tsaTrustedFingerprints: (env.RINGI_TSA_TRUSTED_FINGERPRINTS ?? '')
      .split(',')
      .map((f) => f.replace(/[\s:]/g, '').toLowerCase())
      .filter(Boolean),
  };
}

/** The configured PKCS#12 (a file or base64) opened with its passphrase, or the demo identity when none is set. */
function signingIdentity(env: NodeJS.ProcessEnv, cwd: string, problems: string[]): SigningIdentity & { demo: boolean } {
  const { RINGI_SIGNING_P12_FILE: file, RINGI_SIGNING_P12_BASE64: base64 } = env;
  if (file && base64) {
    problems.push('RINGI_SIGNING_P12_FILE and RINGI_SIGNING_P12_BASE64: set one of them, not both');
  }
  if (!file && !base64) return { ...demoSigningIdentity(), demo: true };
  let p12: Buffer;
  try {
    p12 = file ? fs.readFileSync(path.resolve(cwd, file)) : Buffer.from(base64!, 'base64');
  } catch (error) {
    problems.push(`RINGI_SIGNING_P12_FILE=${JSON.stringify(file)}: cannot be read (${(error as Error).message})`);
    return { ...demoSigningIdentity(), demo: true };
  }
  const identity = { p12, passphrase: env.RINGI_SIGNING_PASSPHRASE ?? '' };
  try {
    signingCertificateOf(identity);
  } catch (error) {
    problems.push(
      `${file ? 'RINGI_SIGNING_P12_FILE' : 'RINGI_SIGNING_P12_BASE64'} with RINGI_SIGNING_PASSPHRASE: ${(error as Error).message}`,
    );
  }
  return { ...identity, demo: false };
}

export const RINGI_CONFIG = Symbol('RINGI_CONFIG');
