import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Secrets stored in the database (個人番号, TOTP secrets) are encrypted with AES-256-GCM under a key that lives
 * outside it (configuration or a file in the data folder), so a dump or backup alone does not disclose them.
 * Stored form: base64 IV, tag and ciphertext joined by dots.
 */
export class SecretCipher {
  constructor(
    private readonly key: Buffer,
    what: string,
  ) {
    if (key.length !== 32) throw new Error(`the ${what} key must be 32 bytes`);
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64')).join('.');
  }

  /** Throws when the text was not encrypted under this key (a wrong or missing key on this host). */
  decrypt(stored: string): string {
    const [iv, tag, body] = stored.split('.').map((p) => Buffer.from(p, 'base64'));
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  }
}
