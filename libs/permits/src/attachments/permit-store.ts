import path from 'node:path';
import { ContentStore, type RingiConfig } from '@ringi/platform';

/** Where permit files live (attachments, issued permits, historic scans): content-addressed under the data dir. */
export function permitContentStore(config: RingiConfig): ContentStore {
  return new ContentStore(path.join(config.dataDir, 'permits'));
}
