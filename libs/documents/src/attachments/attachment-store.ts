import path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { ContentStore, RINGI_CONFIG, type RingiConfig } from '@ringi/platform';

/**
 * Attachment bytes under the data folder's documents/, addressed by their sha256: a stored version can never
 * be replaced, only a new one added.
 */
@Injectable()
export class AttachmentStore extends ContentStore {
  constructor(@Inject(RINGI_CONFIG) config: RingiConfig) {
    super(path.join(config.dataDir, 'documents'));
  }
}
