import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, Like, Not } from 'typeorm';
import { RINGI_CONFIG, SecretCipher, installSecret, updateRows, type RingiConfig } from '@ringi/platform';
import { UserAccount } from '../accounts/user-account.entity';

/** The prefix of a sealed secret; a base32 secret stored in clear never contains a dot. */
const SEALED = 'v1.';

/**
 * TOTP secrets are stored sealed (AES-256-GCM under RINGI_MFA_KEY, else a key file created once in the data
 * folder), so the database alone does not let anyone compute a user's codes. Secrets stored in clear before
 * are still read; they are sealed when the application starts, and at their next use.
 */
@Injectable()
export class TotpSecretVault implements OnApplicationBootstrap {
  private readonly logger = new Logger('mfa');
  private readonly cipher: SecretCipher;

  constructor(
    @Inject(RINGI_CONFIG) config: RingiConfig,
    private readonly dataSource: DataSource,
  ) {
    this.cipher = new SecretCipher(config.mfaKey ?? installSecret(config.dataDir, 'mfa.key'), 'MFA');
  }

  seal(secret: string): string {
    return SEALED + this.cipher.encrypt(secret);
  }

  isSealed(stored: string): boolean {
    return stored.startsWith(SEALED);
  }

  /**
   * The secret, or null when this host's key cannot open it: another host sealed it under a different key
   * (RINGI_MFA_KEY must be the same on every host of one database). That is logged for the operators; the
   * user's code is then refused like a wrong one.
   */
  open(stored: string): string | null {
    if (!this.isSealed(stored)) return stored;
    try {
      return this.cipher.decrypt(stored.slice(SEALED.length));
    } catch {
      this.logger.error(
        "a stored TOTP secret cannot be opened with this host's MFA key: set the same RINGI_MFA_KEY on every host",
      );
      return null;
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.sealStoredInClear();
  }

  /**
   * Seals every secret still stored in clear. Each row is changed only if it still holds the clear value, so
   * two processes starting together, or a login in between, leave it sealed once.
   */
  async sealStoredInClear(): Promise<number> {
    let sealed = 0;
    for (const column of ['totpSecret', 'totpPendingSecret'] as const) {
      // Only the rows still in clear are read: once all are sealed, a start reads none.
      const rows = await this.dataSource.getRepository(UserAccount).find({
        select: { id: true, [column]: true },
        where: { [column]: Not(Like(`${SEALED}%`)) },
      });
      for (const row of rows) {
        const stored = row[column]!;
        const changes = { [column]: this.seal(stored) };
        sealed += await updateRows(this.dataSource.manager, UserAccount, { id: row.id, [column]: stored }, changes);
      }
    }
    return sealed;
  }
}
