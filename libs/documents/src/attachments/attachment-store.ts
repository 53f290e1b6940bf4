import fs from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { RINGI_CONFIG, type RingiConfig } from '@ringi/platform';

/**
 * Attachment bytes under the data folder, addressed by their sha256: a stored version can never be replaced,
 * only a new one added, and every API process sharing the folder reads the same file.
 */
@Injectable()
export class AttachmentStore {
  private readonly root: string;

  constructor(@Inject(RINGI_CONFIG) config: RingiConfig) {
    this.root = path.join(config.dataDir, 'documents');
  }

  static sha256(content: Buffer): string {
    return createHash('sha256').update(content).digest('hex');
  }

  async put(content: Buffer): Promise<string> {
    const sha256 = AttachmentStore.sha256(content);
    const file = this.pathOf(sha256);
    await fs.mkdir(path.dirname(file), { recursive: true });
    // Written beside and renamed, so a reader never sees half a file.
    const temporary = `${file}.${process.pid}.tmp`;
    await fs.writeFile(temporary, content);
    await fs.rename(temporary, file);
    return sha256;
  }

  read(sha256: string): Promise<Buffer> {
    return fs.readFile(this.pathOf(sha256));
  }

  async remove(sha256: string): Promise<void> {
    await fs.rm(this.pathOf(sha256), { force: true });
  }

  private pathOf(sha256: string): string {
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }
}
