import { createHash } from 'node:crypto';
import type { Attachment } from '../attachments/attachment.entity';
import type { CityDocument } from './city-document.entity';

/**
 * The sha256 of what was decided: number, title, body and every attachment version by its own sha256, in a
 * fixed order, so anyone holding the same content can recompute it and compare with the audit trail.
 */
export function decidedVersionSha256(document: CityDocument, attachments: readonly Attachment[]): string {
  const canonical = JSON.stringify({
    docNumber: document.docNumber,
    title: document.title,
    body: document.body,
    attachments: [...attachments]
      .sort((a, b) => a.name.localeCompare(b.name) || a.version - b.version)
      .map((a) => ({ name: a.name, version: a.version, sha256: a.sha256 })),
  });
  return createHash('sha256').update(canonical).digest('hex');
}
