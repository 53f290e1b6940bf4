import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@ringi/auth';
import { Clock, Transactions } from '@ringi/platform';
import type { NumberingMoment } from '../documents/document-classes';
import { DocumentSetting } from './document-setting.entity';

/** The city's records settings, kept by the records section. */
@Injectable()
export class DocumentSettings {
  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  get(): Promise<DocumentSetting> {
    return this.transactions.run((em) => em.findOneByOrFail(DocumentSetting, { id: 1 }));
  }

  /** When drafts get their 文書番号 from now on; numbers already given stay. */
  setNumberingAt(numberingAt: NumberingMoment): Promise<DocumentSetting> {
    return this.transactions.run(async (em) => {
      const previous = await em.findOneByOrFail(DocumentSetting, { id: 1 });
      await em.update(DocumentSetting, { id: 1 }, { numberingAt, updatedAt: this.clock.now() });
      await this.audit.record({
        action: 'documents.settings.changed',
        targetType: 'documentSetting',
        targetId: 1,
        detail: { numberingAt: { from: previous.numberingAt, to: numberingAt } },
      });
      return em.findOneByOrFail(DocumentSetting, { id: 1 });
    });
  }
}
