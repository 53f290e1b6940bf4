import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * 個人番号 are stored encrypted (AES-256-GCM), so a database dump or backup alone does not
 * disclose them. The key lives outside the database (see MyNumberKeyProvider).
 */
export class MyNumberCipher {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('the My Number key must be 32 bytes');
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64')).join('.');
  }

  decrypt(stored: string): string {
    const [iv, tag, body] = stored.split('.').map((p) => Buffer.from(p, 'base64'));
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  }
}
