import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@ringi/auth';
import {
  Clock,
  InvalidInputError,
  NotFoundError,
  RINGI_CONFIG,
  SecretCipher,
  Transactions,
  installSecret,
  type RingiConfig,
} from '@ringi/platform';
import { isValidMyNumber } from './my-number-check-digit';
import { StaffMyNumber } from './staff-my-number.entity';

/** RINGI_MYNUMBER_KEY if set, else a key file created once in the data folder (readable by ringi only). */
function loadKey(config: RingiConfig): Buffer {
  return config.myNumberKey ?? installSecret(config.dataDir, 'mynumber.key');
}

@Injectable()
export class MyNumberService {
  private readonly cipher: SecretCipher;

  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    @Inject(RINGI_CONFIG) config: RingiConfig,
  ) {
    this.cipher = new SecretCipher(loadKey(config), 'My Number');
  }

  async set(staffId: number, myNumber: string): Promise<void> {
    if (!isValidMyNumber(myNumber)) {
      throw new InvalidInputError('個人番号が正しくありません。', [
        { field: 'myNumber', messages: ['12桁の個人番号を入力してください（チェックデジットが一致しません）'] },
      ]);
    }
    await this.transactions.run(async (em) => {
      const exists = await em.query('SELECT id FROM staff WHERE id = ?', [staffId]);
      if (exists.length === 0) throw new NotFoundError('職員が見つかりません。');
      await em.save(StaffMyNumber, { staffId, encrypted: this.cipher.encrypt(myNumber), updatedAt: this.clock.now() });
      await this.audit.record({ action: 'mynumber.registered', targetType: 'staff', targetId: staffId });
    });
  }

  /** Every read is on record: who looked at whose 個人番号, from where. */
  async get(staffId: number): Promise<string> {
    return this.transactions.run(async (em) => {
      const row = await em.findOneBy(StaffMyNumber, { staffId });
      if (!row) throw new NotFoundError('個人番号が登録されていません。');
      await this.audit.record({ action: 'mynumber.read', targetType: 'staff', targetId: staffId });
      return this.cipher.decrypt(row.encrypted);
    });
  }
}
