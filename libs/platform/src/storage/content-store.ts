import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Files under a folder of the data directory, addressed by their sha256: stored bytes are never replaced,
 * and every API process sharing the folder reads the same file.
 */
export class ContentStore {
  constructor(private readonly root: string) {}

  static sha256(content: Buffer): string {
    return createHash('sha256').update(content).digest('hex');
  }

  async put(content: Buffer): Promise<string> {
    const sha256 = ContentStore.sha256(content);
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

  /** Removes stored bytes (a disposed record); removing what is not there is not an error. */
  async remove(sha256: string): Promise<void> {
    await fs.rm(this.pathOf(sha256), { force: true });
  }

  private pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new RangeError('not a sha256');
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }
}
