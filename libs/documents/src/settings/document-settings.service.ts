import { performance } from 'node:perf_hooks';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail } from '@ringi/auth';
import { Clock, Transactions } from '@ringi/platform';
import type { NumberingMoment } from '../documents/document-classes';
import { DocumentSetting } from './document-setting.entity';

/** How long another API process may go on numbering by the setting it read before the records section changed it. */
export const DOCUMENT_SETTINGS_CACHE_MS = 5_000;

/** The city's records settings, kept by the records section. */
@Injectable()
export class DocumentSettings {
  /** The setting as every draft asks for it: read once per DOCUMENT_SETTINGS_CACHE_MS, cleared by a change here. */
  private cached: { readAt: number; value: Promise<DocumentSetting> } | null = null;

  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  get(): Promise<DocumentSetting> {
    return this.transactions.run((em) => em.findOneByOrFail(DocumentSetting, { id: 1 }));
  }

  /** When drafts get their 文書番号, from the cache (the value is shared: never change it). */
  numberingAt(em: EntityManager): Promise<NumberingMoment> {
    const now = performance.now();
    if (!this.cached || now - this.cached.readAt > DOCUMENT_SETTINGS_CACHE_MS) {
      const entry = { readAt: now, value: em.findOneByOrFail(DocumentSetting, { id: 1 }) };
      this.cached = entry;
      entry.value.catch(() => {
        if (this.cached === entry) this.cached = null;
      });
    }
    return this.cached.value.then((setting) => setting.numberingAt);
  }

  /** When drafts get their 文書番号 from now on; numbers already given stay. */
  async setNumberingAt(numberingAt: NumberingMoment): Promise<DocumentSetting> {
    this.cached = null;
    try {
      return await this.transactions.run(async (em) => {
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
    } finally {
      // Again once committed: a draft meanwhile may have read the setting as it was.
      this.cached = null;
    }
  }
}
