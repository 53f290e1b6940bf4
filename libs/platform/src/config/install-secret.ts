import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * A random secret of this installation, for a key the city has not configured: created once in the data folder
 * (readable by ringi only) and read from there afterwards, so it survives restarts and is shared by the API
 * processes of one host. Never a value written in the code, which anyone could read.
 */
export function installSecret(dataDir: string, fileName: string, bytes = 32): Buffer {
  const file = path.join(dataDir, fileName);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    // Written whole under a name of this process, then linked into place: another process never reads a file
    // that exists but is not written yet, and the first link wins.
    const draft = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(draft, randomBytes(bytes).toString('base64'), { mode: 0o600 });
    try {
      fs.linkSync(draft, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      fs.rmSync(draft, { force: true });
    }
  }
  return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
}
