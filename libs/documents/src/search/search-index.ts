import { Injectable } from '@nestjs/common';
import { IsNull, Not, type EntityManager } from 'typeorm';
import { insertRows } from '@ringi/platform';
import { Attachment } from '../attachments/attachment.entity';
import type { CityDocument } from '../documents/city-document.entity';
import { bigramsOf, normaliseForSearch } from './bigrams';
import { SearchGram, SearchText } from './search-entities';

const INSERT_BATCH = 500;

/**
 * Keeps a document's search text and bigrams in step with it, in the transaction that changes it: its number,
 * title, sender and body, and the text of its PDF attachments.
 */
@Injectable()
export class SearchIndex {
  /**
   * `fresh`: the document's row was inserted in this transaction, so it has no attachments and no index rows yet
   * and neither needs reading or deleting.
   */
  async index(em: EntityManager, document: CityDocument, fresh = false): Promise<void> {
    const attachments = fresh
      ? []
      : await em.find(Attachment, {
          select: { id: true, text: true },
          where: { documentId: document.id, text: Not(IsNull()) },
          order: { id: 'ASC' },
        });
    const attachmentTexts = attachments.map((a) => a.text!);
    const content = normaliseForSearch(
      [document.docNumber, document.title, document.sender, document.senderNumber, document.body, ...attachmentTexts]
        .filter((part): part is string => Boolean(part))
        .join('\n'),
    );
    if (!fresh) await this.remove(em, document.id);
    await insertRows(em, SearchText, [em.create(SearchText, { documentId: document.id, content })]);
    const grams = bigramsOf(content).map((gram) => em.create(SearchGram, { gram, documentId: document.id }));
    for (let i = 0; i < grams.length; i += INSERT_BATCH) {
      await insertRows(em, SearchGram, grams.slice(i, i + INSERT_BATCH));
    }
  }

  async remove(em: EntityManager, documentId: number): Promise<void> {
    await em.delete(SearchGram, { documentId });
    await em.delete(SearchText, { documentId });
  }
}
